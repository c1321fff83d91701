package chipsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --out accepts, what it refuses and how it says so; the permissions of what it writes. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void anEmptyOutIsRefusedNotTheCurrentFolder() {
        Cli.Result result = Cli.run("run", "--quarters", "1", "--out", "");
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertTrue(result.err().contains("--out is empty"), result.err());
        assertFalse(result.out().contains("wrote"), result.out());
    }

    @Test
    void aLinkToAnEmptyFolderIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        Cli.Result result = Cli.run("run", "--quarters", "1", "--out", link.toString());
        assertEquals(ExitCodes.OK, result.status(), result.toString());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.isRegularFile(real.resolve("quarters.csv")), "the run is in the folder the link names");
    }

    @Test
    void anEmptyFileIsAFileNotAFullFolder() throws IOException {
        Path file = Files.createFile(tmp.resolve("file"));
        Cli.Result result = Cli.run("run", "--quarters", "1", "--out", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertTrue(result.err().contains(file + " is a file, not a folder"), result.err());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anEmptyReadOnlyFolderIsKeptAsItIs() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("kept"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Cli.Result result = Cli.run("run", "--quarters", "1", "--out", folder.toString());
            assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
            assertTrue(result.err().contains(folder + " is read-only; make it writable (chmod u+w"), result.err());
            assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aParentThatCannotBeWrittenIsSaidBeforeTheRunWithThePath() throws IOException {
        Path parent = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (String command : List.of("run", "calibrate")) {
                Cli.Result result = Cli.run(command, "--out", parent.resolve("x").toString());
                assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
                assertTrue(result.err().contains("cannot create " + parent.resolve("x") + ": " + parent
                        + " is not writable"), result.err());
                assertFalse(result.err().contains("Exception"), result.err());
            }
            Cli.Result game = Cli.run("game", Cli.config("games/chicken.yaml"), "--out", parent.resolve("g").toString());
            assertEquals(ExitCodes.BAD_INPUT, game.status(), game.toString());
            assertTrue(game.err().contains("is not writable"), game.err());
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderUnderAFileSystemThatTakesNoFoldersNamesThePath() {
        Cli.Result result = Cli.run("run", "--quarters", "1", "--out", "/proc/chipsim-test");
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertTrue(result.err().contains("cannot create /proc/chipsim-test"), result.err());
        assertFalse(result.err().contains(".partial-"), "no hidden staging name: " + result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void runAndGameFoldersGetTheUsersNormalPermissionsAsSweepsDo() throws IOException {
        Path run = tmp.resolve("run");
        assertEquals(ExitCodes.OK, Cli.run("run", "--quarters", "1", "--out", run.toString()).status());
        Path game = tmp.resolve("game");
        assertEquals(ExitCodes.OK, Cli.run("game", Cli.config("games/chicken.yaml"), "--out", game.toString()).status());
        Path made = Files.createDirectory(tmp.resolve("as-the-umask-makes-it"));
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(made));
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(run)));
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(game)));
    }

    @Test
    void aTargetFilledDuringTheRunIsLeftAloneAndTheResultsKeptBesideIt() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("target"));
        RunFolder folder = RunFolder.create(target);
        Files.writeString(folder.file("quarters.csv"), "quarter\n");
        Files.writeString(target.resolve("someone-elses.txt"), "mine");
        OutputFolder.Refused refused = assertThrows(OutputFolder.Refused.class, folder::commit);
        assertTrue(refused.getMessage().contains("the results are in " + tmp.resolve("target-2")), refused.getMessage());
        assertEquals("mine", Files.readString(target.resolve("someone-elses.txt")));
        assertTrue(Files.isRegularFile(tmp.resolve("target-2").resolve("quarters.csv")));
        assertNoStaging();
    }

    @Test
    void aFullDiskIsNamedWithTheFolderAndTheFix() throws IOException {
        RunFolder folder = RunFolder.create(tmp.resolve("full"));
        FileSystemException error = (FileSystemException) folder.writeFailed(new IOException("No space left on device"));
        folder.close();
        String message = OutputProblems.describe(error);
        assertEquals("cannot write " + tmp.resolve("full") + ": the disk is full; free some space, or give an --out "
                + "on another disk", message);
        assertNoStaging();
    }

    private void assertNoStaging() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().contains(".partial-")));
        }
    }
}
