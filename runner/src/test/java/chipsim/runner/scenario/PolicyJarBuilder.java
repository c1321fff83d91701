package chipsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import chipsim.agents.PolicyFactory;
import chipsim.agents.washington.WashingtonPolicy;
import chipsim.market.rules.ExportRules;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles policy sources against chipsim's own jars and packs them, with their service file, as a researcher would. */
final class PolicyJarBuilder {

    private PolicyJarBuilder() {}

    /**
     * @param sources  each class's simple name (in {@code package}) and its source
     * @param services the lines of META-INF/services/chipsim.agents.PolicyFactory
     */
    static Path build(Path dir, String jarName, String packageName, Map<String, String> sources, List<String> services) {
        try {
            Path sourceDir = Files.createDirectories(dir.resolve(jarName + "-src").resolve(packageName.replace('.', '/')));
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                files.add(Files.writeString(sourceDir.resolve(source.getKey() + ".java"), source.getValue()).toString());
            }
            Path classes = Files.createDirectories(dir.resolve(jarName + "-classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertNotNull(javac, "the tests need a JDK, not a JRE");
            String classPath = String.join(File.pathSeparator, locationOf(WashingtonPolicy.class),
                    locationOf(ExportRules.class));
            List<String> arguments = new ArrayList<>(List.of("--release", "17", "-cp", classPath, "-d", classes.toString()));
            arguments.addAll(files);
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int status = javac.run(null, null, diagnostics, arguments.toArray(String[]::new));
            assertEquals(0, status, "the policy did not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));
            Path jar = dir.resolve(jarName);
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                    Stream<Path> compiled = Files.walk(classes)) {
                for (Path file : compiled.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry("META-INF/services/" + PolicyFactory.class.getName()));
                out.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
