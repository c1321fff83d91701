package chipsim.runner.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a scenario's text comes from: a file, or a resource bundled in the jar. */
record ScenarioSource(String name, Path file, String resource) {

    static ScenarioSource file(Path file) {
        return new ScenarioSource(file.toString(), file, null);
    }

    static ScenarioSource resource(String resource) {
        return new ScenarioSource(resource, null, resource);
    }

    boolean exists() {
        return file != null ? Files.isRegularFile(file) : ScenarioSource.class.getClassLoader().getResource(resource) != null;
    }

    /**
     * A scenario named relative to this one (a base), shown relative to how this one was named; or
     * one shipped in the jar, named bundled:NAME.
     */
    ScenarioSource sibling(String relative) {
        if (relative.startsWith(ScenarioLoader.BUNDLED_PREFIX)) {
            return resource(ScenarioLoader.bundledResource(relative));
        }
        if (file != null) {
            Path resolved = file.toAbsolutePath().getParent().resolve(relative).normalize();
            Path parentAsShown = Path.of(name).getParent();
            Path shown = parentAsShown == null ? Path.of(relative).normalize()
                    : parentAsShown.resolve(relative).normalize();
            return new ScenarioSource(shown.toString(), resolved, null);
        }
        Path parent = Path.of(resource).getParent();
        String resolved = (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize().toString()
                .replace('\\', '/');
        return resource(resolved);
    }

    /** The same for every name of one file, so a chain of bases can tell when it comes back. */
    String identity() {
        return file != null ? file.toAbsolutePath().normalize().toString() : "resource:" + resource;
    }

    LocatedTree read() throws ScenarioException {
        if (!exists()) {
            if (file != null && Files.isDirectory(file)) {
                throw ScenarioException.of(new Problem(name, 0, 0, "", "is a folder, not a scenario file",
                        "give a .yaml or .json file, e.g. " + file.resolve("baseline.yaml")));
            }
            throw ScenarioException.of(new Problem(name, 0, 0, "", "no such scenario file",
                    "check the path; shipped scenarios are in configs/ (configs/baseline.yaml)"));
        }
        try {
            return LocatedTree.parseText(name, InputText.decode(name, bytes()), name.endsWith(".json"));
        } catch (IOException e) {
            throw ScenarioException.of(new Problem(name, 0, 0, "", "cannot read: " + e.getMessage(),
                    "check the file's permissions"));
        }
    }

    /** The file's bytes; one far past the size limit is refused before it is read. */
    private byte[] bytes() throws IOException, ScenarioException {
        if (file != null) {
            long size = Files.size(file);
            if (size > InputText.MAX_CHARS) {
                throw InputText.tooLarge(name, size + " bytes");
            }
            return Files.readAllBytes(file);
        }
        try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
