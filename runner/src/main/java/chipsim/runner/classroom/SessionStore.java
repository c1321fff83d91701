package chipsim.runner.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a class keeps on disk as it runs, so that a server restart resumes it: the seats and the
 * students (with their tokens: the folder is readable by its owner only), and every answer given
 * to an agent, one JSON line each, flushed before the agent hears it.
 */
final class SessionStore {

    static final String SEATS = "seats.json";
    static final String ANSWERS = "answers.jsonl";

    record SavedStudent(String token, String id, String name, String seat) {}

    record SavedSeat(String agentId, boolean open, boolean bot) {}

    record Saved(String roomCode, String teacherToken, boolean started, List<SavedSeat> seats,
            List<SavedStudent> students) {}

    /**
     * One answer to an agent's ask: a decision, or a give-up with its reason.
     *
     * @param by the student who decided, or empty for a give-up
     */
    record Answer(String agent, long askId, String quarter, String point, JsonNode decision, String reason, String by) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    SessionStore(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Optional<Saved> load() throws IOException {
        Path seats = dir.resolve(SEATS);
        if (!Files.exists(seats)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(seats.toFile(), Saved.class));
    }

    List<Answer> answers() throws IOException {
        Path file = dir.resolve(ANSWERS);
        List<Answer> answers = new ArrayList<>();
        if (!Files.exists(file)) {
            return answers;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                // A line cut short by a crash is the last one: it was never told to the agent.
                try {
                    answers.add(JSON.readValue(line, Answer.class));
                } catch (IOException torn) {
                    break;
                }
            }
        }
        return answers;
    }

    void save(Saved saved) {
        try {
            ensureDir();
            Path temp = dir.resolve(SEATS + ".tmp");
            Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(saved));
            try {
                Files.move(temp, dir.resolve(SEATS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(SEATS), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the class to " + dir, e);
        }
    }

    void append(Answer answer) {
        try {
            ensureDir();
            Files.writeString(dir.resolve(ANSWERS), JSON.writeValueAsString(answer) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save an answer to " + dir, e);
        }
    }

    private void ensureDir() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder keeps its inherited permissions.
            }
        }
    }
}
