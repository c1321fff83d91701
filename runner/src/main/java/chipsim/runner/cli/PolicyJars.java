package chipsim.runner.cli;

import chipsim.agents.Names;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;

/**
 * The policies of --policy-jar files, each jar and each factory in it checked before chipsim
 * uses it, so a broken jar is refused (exit 2) with the jar, the class and what went wrong,
 * instead of failing later with a bare exception or being silently ignored.
 */
final class PolicyJars {

    static final String SERVICE_FILE = "META-INF/services/" + PolicyFactory.class.getName();

    private PolicyJars() {}

    static PolicyRegistry registry(List<Path> jars) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            Problem problem = checkJar(jar);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                problems.add(problem(jar.toString(), "is not a path chipsim can open: " + e.getMessage(),
                        "give the path of a built jar file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), PolicyJars.class.getClassLoader());
        for (ServiceLoader.Provider<PolicyFactory> provider : providers(loader, jars, problems)) {
            checkFactory(provider, jars, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        try {
            return PolicyRegistry.load(loader);
        } catch (ServiceConfigurationError | RuntimeException e) {
            throw ScenarioException.of(problem(String.join(", ", jars.stream().map(Path::toString).toList()),
                    "cannot load its policies: " + e.getMessage(),
                    "check the class names in " + SERVICE_FILE));
        }
    }

    /** A jar chipsim can open, with a service file; null when it is one. */
    private static Problem checkJar(Path jar) {
        String name = jar.toString();
        if (Files.isDirectory(jar)) {
            return problem(name, "is a folder, not a jar",
                    "build the jar first (e.g. mvn package) and give its path, such as target/my-policies.jar");
        }
        if (!Files.isRegularFile(jar)) {
            return problem(name, "no such jar", "give the path of a built jar file");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                return problem(name, "the jar registers no policies: it has no " + SERVICE_FILE,
                        "list your PolicyFactory classes, one a line, in " + SERVICE_FILE + " inside the jar");
            }
            return null;
        } catch (IOException | SecurityException e) {
            return problem(name, "is not a jar (zip) file" + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "give the .jar built from your policies, not a source or text file");
        }
    }

    private static List<ServiceLoader.Provider<PolicyFactory>> providers(ClassLoader loader, List<Path> jars,
            List<Problem> problems) {
        List<ServiceLoader.Provider<PolicyFactory>> found = new ArrayList<>();
        var iterator = ServiceLoader.load(PolicyFactory.class, loader).stream().iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return found;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                // A listed class that is missing or not a PolicyFactory: ServiceLoader names it.
                problems.add(problem(jarsText(jars), plain(e), "check the class names in " + SERVICE_FILE));
                if (problems.size() > 20) {
                    return found;
                }
            }
        }
    }

    private static void checkFactory(ServiceLoader.Provider<PolicyFactory> provider, List<Path> jars,
            List<Problem> problems) {
        String type = provider.type().getName();
        String source = jarOf(provider.type(), jars);
        PolicyFactory factory;
        try {
            factory = provider.get();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(problem(source, "policy factory " + type + " cannot be created: its constructor threw "
                    + describe(cause(e)), "fix the constructor of " + type + "; it takes no arguments"));
            return;
        }
        String name = call(factory::name, "name()", type, source, problems);
        String role = call(factory::role, "role()", type, source, problems);
        call(factory::description, "description()", type, source, problems);
        call(factory::params, "params()", type, source, problems);
        if (role != null && !Roles.ALL.contains(role)) {
            problems.add(problem(source, "policy factory " + type + (name == null ? "" : " ('" + name + "')")
                    + " is for role '" + role + "', which chipsim does not have",
                    Names.suggestion(role, Roles.ALL) + "; role() must return one of " + String.join(", ", Roles.ALL)));
        }
        if (name != null && name.isBlank()) {
            problems.add(problem(source, "policy factory " + type + " has an empty name()",
                    "name() is what scenarios write after policy:, e.g. my-policy"));
        }
    }

    private static <T> T call(java.util.function.Supplier<T> method, String what, String type, String source,
            List<Problem> problems) {
        try {
            T value = method.get();
            if (value == null) {
                problems.add(problem(source, "policy factory " + type + ": " + what + " returned null",
                        "return a value from " + what));
            }
            return value;
        } catch (RuntimeException | LinkageError e) {
            problems.add(problem(source, "policy factory " + type + ": " + what + " threw " + describe(e),
                    "fix " + what + " of " + type));
            return null;
        }
    }

    /** The --policy-jar a class was loaded from, or all of them when it cannot be told. */
    private static String jarOf(Class<?> type, List<Path> jars) {
        try {
            var codeSource = type.getProtectionDomain().getCodeSource();
            if (codeSource != null) {
                Path location = Path.of(codeSource.getLocation().toURI()).toAbsolutePath().normalize();
                for (Path jar : jars) {
                    if (jar.toAbsolutePath().normalize().equals(location)) {
                        return "--policy-jar " + jar;
                    }
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through: name every jar
        }
        return jarsText(jars);
    }

    private static String jarsText(List<Path> jars) {
        return "--policy-jar " + String.join(", ", jars.stream().map(Path::toString).toList());
    }

    private static Throwable cause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ServiceConfigurationError || cause instanceof InvocationTargetException
                || cause instanceof ExceptionInInitializerError) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** ServiceLoader's "chipsim.agents.PolicyFactory: Provider x not found" without the interface's name. */
    private static String plain(ServiceConfigurationError e) {
        String message = e.getMessage() == null ? "a listed policy factory cannot be loaded" : e.getMessage();
        return message.replace(PolicyFactory.class.getName() + ": ", "");
    }

    private static Problem problem(String jar, String message, String hint) {
        return new Problem(jar.startsWith("--policy-jar") ? jar : "--policy-jar " + jar, 0, 0, "", message, hint);
    }
}
