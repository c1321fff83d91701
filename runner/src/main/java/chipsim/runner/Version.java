package chipsim.runner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * chipsim's version and the commit it was built from, from the build. {@link #get()} is what every
 * output's provenance carries ({@code chipsim_version}, the header of resolved scenarios and
 * sweeps), so {@code --resume} and a reader tell two builds of the model apart.
 */
public final class Version {

    /** The commit of a build made without git (from a tarball). */
    public static final String UNKNOWN = "unknown";

    private static final Version BUILT = new Version(load("/chipsim.properties"), load("/chipsim-git.properties"));

    private final Properties build;
    private final Properties git;

    /** @param git the properties the git-commit-id plugin writes; empty for a build without git */
    Version(Properties build, Properties git) {
        this.build = build;
        this.git = git;
    }

    /** {@code 0.1.0+3f2a9c01de}, {@code 0.1.0+3f2a9c01de.dirty} or {@code 0.1.0+unknown} (semantic-versioning build metadata). */
    public static String get() {
        return BUILT.full();
    }

    /** What {@code --version} prints after "chipsim ". */
    public static String describe() {
        return BUILT.description();
    }

    String full() {
        return release() + "+" + commit().replace('-', '.');
    }

    String release() {
        return build.getProperty("version", "dev");
    }

    /** The abbreviated commit, with {@code -dirty} when the tree had uncommitted changes; {@link #UNKNOWN} without git. */
    String commit() {
        String abbrev = git.getProperty("git.commit.id.abbrev", "").trim();
        if (abbrev.isEmpty()) {
            return UNKNOWN;
        }
        return abbrev + (dirty() ? "-dirty" : "");
    }

    boolean dirty() {
        return Boolean.parseBoolean(git.getProperty("git.dirty", "false").trim());
    }

    String description() {
        String full = git.getProperty("git.commit.id", "").trim();
        if (full.isEmpty()) {
            return release() + " (commit unknown: built without git)";
        }
        return release() + " (commit " + full + (dirty() ? ", dirty: built with uncommitted changes" : "") + ")";
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // An unreadable properties file is a build without it: the defaults stand.
        }
        return properties;
    }
}
