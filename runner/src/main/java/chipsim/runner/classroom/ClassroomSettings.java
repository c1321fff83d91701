package chipsim.runner.classroom;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * How a class is run.
 *
 * @param out                the run folder the class leaves at the end
 * @param stateDir           where the class is kept as it runs (seats, answers): a restart resumes from it
 * @param bind               the address the server listens on (loopback unless told otherwise)
 * @param port               its port; 0 for any free one
 * @param secondsPerDecision each seat's clock per decision
 * @param openSeats          agents played by students; empty for every agent
 * @param roster             lower-cased student name to the agent id of their seat
 * @param maxStudents        joins beyond this are refused
 */
public record ClassroomSettings(Path out, Path stateDir, String bind, int port, int secondsPerDecision,
        Set<String> openSeats, Map<String, String> roster, int maxStudents) {

    public ClassroomSettings {
        openSeats = Set.copyOf(openSeats);
        roster = Map.copyOf(roster);
    }

    /** The state folder that goes with a run folder: next to it, named after it. */
    public static Path stateDirFor(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".class");
    }
}
