package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version carries the commit the build came from, and says so when it cannot know it. */
class VersionTest {

    @Test
    void thisBuildCarriesItsCommit() {
        assertTrue(Version.get().matches("[0-9]+\\.[0-9]+\\.[0-9]+\\+([0-9a-f]{10}(\\.dirty)?|unknown)"), Version.get());
        Cli.Result result = Cli.run("--version");
        assertEquals(0, result.status());
        assertTrue(result.out().startsWith("chipsim " + Version.describe()), result.out());
        assertTrue(result.out().contains("commit "), result.out());
    }

    @Test
    void aCleanADirtyAndAGitlessBuildAreToldApart() {
        Properties build = new Properties();
        build.setProperty("version", "0.1.0");
        Properties git = new Properties();
        git.setProperty("git.commit.id", "3f2a9c01de0123456789abcdef0123456789abcd");
        git.setProperty("git.commit.id.abbrev", "3f2a9c01de");
        git.setProperty("git.dirty", "false");
        assertEquals("0.1.0+3f2a9c01de", new Version(build, git).full());
        assertEquals("0.1.0 (commit 3f2a9c01de0123456789abcdef0123456789abcd)", new Version(build, git).description());
        git.setProperty("git.dirty", "true");
        assertEquals("0.1.0+3f2a9c01de.dirty", new Version(build, git).full());
        assertTrue(new Version(build, git).description().contains("dirty"));
        Version tarball = new Version(build, new Properties());
        assertEquals("0.1.0+unknown", tarball.full());
        assertEquals("0.1.0 (commit unknown: built without git)", tarball.description());
    }
}
