package chipsim.runner.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options and rosters are refused before any server starts, naming the file, the line and the fix. */
class ClassroomCommandTest {

    @TempDir
    Path temp;

    @Test
    void badOptionsAreRefusedWithExitTwo() {
        Cli.Result unknownAgent = Cli.run("classroom", "--open", "washington,nobody", "--port", "0");
        assertEquals(2, unknownAgent.status(), unknownAgent::toString);
        assertTrue(unknownAgent.err().contains("--open nobody: no such agent"), unknownAgent.err());
        Cli.Result fast = Cli.run("classroom", "--seconds", "1");
        assertEquals(2, fast.status());
        assertTrue(fast.err().contains("--seconds must be from 5 to 3600, not 1"), fast.err());
        Cli.Result simulated = Cli.run("classroom", Cli.config("games/export-control.yaml"), "--port", "0");
        assertEquals(2, simulated.status(), simulated::toString);
        assertTrue(simulated.err().contains("is a simulated game"), simulated.err());
    }

    @Test
    void aRosterSeatsByNameAndABadLineIsNamed() throws Exception {
        Path roster = temp.resolve("roster.csv");
        Files.writeString(roster, "# name,agent\nAda Lovelace,nvidia\n\nGrace Hopper, washington\n");
        assertEquals(Map.of("ada lovelace", "nvidia", "grace hopper", "washington"),
                Roster.read(roster, List.of("nvidia", "washington")));
        Files.writeString(roster, "Ada Lovelace,nvidia\nAlan Turing,pentagon\n");
        Roster.RosterException bad = assertThrows(Roster.RosterException.class,
                () -> Roster.read(roster, List.of("nvidia", "washington")));
        assertTrue(bad.getMessage().startsWith(roster + ":2: no agent 'pentagon'"), bad.getMessage());
        Cli.Result result = Cli.run("classroom", "--roster", roster.toString(), "--port", "0");
        assertEquals(2, result.status(), result::toString);
    }
}
