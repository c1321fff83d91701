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

    private static final Properties BUILD = load("/chipsim.properties");
    private static final Properties GIT = load("/chipsim-git.properties");

    private Version() {}

    /** {@code 0.1.0+3f2a9c01de}, {@code 0.1.0+3f2a9c01de.dirty} or {@code 0.1.0+unknown} (semantic-versioning build metadata). */
    public static String get() {
        return release() + "+" + commit().replace('-', '.');
    }

    /** The release number alone, as in the pom. */
    public static String release() {
        return BUILD.getProperty("version", "dev");
    }

    /** The abbreviated commit, with {@code -dirty} when the tree had uncommitted changes; {@link #UNKNOWN} without git. */
    public static String commit() {
        String abbrev = GIT.getProperty("git.commit.id.abbrev", "").trim();
        if (abbrev.isEmpty()) {
            return UNKNOWN;
        }
        return abbrev + (dirty() ? "-dirty" : "");
    }

    /** The full commit hash, or {@link #UNKNOWN}. */
    public static String fullCommit() {
        String full = GIT.getProperty("git.commit.id", "").trim();
        return full.isEmpty() ? UNKNOWN : full;
    }

    public static boolean dirty() {
        return Boolean.parseBoolean(GIT.getProperty("git.dirty", "false").trim());
    }

    /** What {@code --version} prints after "chipsim ". */
    public static String describe() {
        String full = fullCommit();
        if (full.equals(UNKNOWN)) {
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
