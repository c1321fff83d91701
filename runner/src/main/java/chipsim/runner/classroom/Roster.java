package chipsim.runner.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A roster file: one {@code name,agent} line per student; blank lines and lines from {@code #} are skipped. */
public final class Roster {

    /** A roster that cannot be used: names the file, the line and the fix. */
    public static final class RosterException extends Exception {
        RosterException(String message) {
            super(message);
        }
    }

    private Roster() {}

    /** Lower-cased name to agent id. */
    public static Map<String, String> read(Path file, Collection<String> agents) throws RosterException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RosterException("--roster " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> seats = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new RosterException(where + "expected 'name,agent', e.g. 'Ada Lovelace,nvidia'");
            }
            String agent = cells[1].strip();
            if (!agents.contains(agent)) {
                throw new RosterException(where + "no agent '" + agent + "' in the scenario; agents are " + agents);
            }
            if (seats.put(cells[0].strip().toLowerCase(Locale.ROOT), agent) != null) {
                throw new RosterException(where + "'" + cells[0].strip() + "' is on the roster twice");
            }
        }
        return seats;
    }
}
