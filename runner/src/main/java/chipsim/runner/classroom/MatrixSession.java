package chipsim.runner.classroom;

import chipsim.runner.game.Analysis;
import chipsim.runner.game.Equilibrium;
import chipsim.runner.game.Game;
import chipsim.runner.game.Rational;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Rounds of a matrix game from configs/games/ played by the class: students are seated in groups,
 * one per player of the game (a pair for a two-player game), and every round each chooses a
 * strategy against the clock. A seat nobody fills, or a student who does not choose in time, plays
 * the game's first equilibrium's mix, drawn from a stream seeded by the round, the group and the
 * player, so the class's record is reproducible. The teacher sees the share of each choice against
 * the equilibria.
 */
final class MatrixSession implements Room {

    /** One row of the class's record: who chose what in which round, and what it paid. */
    record Choice(int round, int group, String player, String student, String strategy, double payoff,
            String decidedBy) {}

    private static final class Student {
        final String token;
        final String name;
        final int group;
        final int player;
        final Set<Outlet> outlets = new LinkedHashSet<>();
        String ticket;
        String chosen;
        double total;

        Student(String token, String name, int group, int player) {
            this.token = token;
            this.name = name;
            this.group = group;
            this.player = player;
        }
    }

    private final Game game;
    private final Analysis analysis;
    private final ClassroomSettings settings;
    private final int rounds;
    private final long seed;
    private final Tokens tokens;
    private final LongSupplier clock;
    private final String roomCode;
    private final String teacherToken;
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final List<Student[]> groups = new ArrayList<>();
    private final Set<Outlet> teachers = new LinkedHashSet<>();
    private final List<Choice> record = new ArrayList<>();
    private final Consumer<List<Choice>> onFinished;
    private Status status = Status.LOBBY;
    private int round;
    private long deadlineMillis;
    private long millisLeft;

    MatrixSession(Game game, ClassroomSettings settings, int rounds, long seed, Tokens tokens, LongSupplier clock,
            Consumer<List<Choice>> onFinished) {
        this.game = game;
        this.analysis = Analysis.of(game);
        this.settings = settings;
        this.rounds = rounds;
        this.seed = seed;
        this.tokens = tokens;
        this.clock = clock;
        this.onFinished = onFinished;
        this.roomCode = tokens.roomCode();
        this.teacherToken = tokens.token();
    }

    Game game() {
        return game;
    }

    @Override
    public String roomCode() {
        return roomCode;
    }

    @Override
    public String teacherToken() {
        return teacherToken;
    }

    @Override
    public synchronized Status status() {
        return status;
    }

    @Override
    public boolean resumable() {
        return false;
    }

    synchronized List<Choice> record() {
        return List.copyOf(record);
    }

    // ----------------------------------------------------------------- students

    @Override
    public synchronized String join(Outlet outlet, String room, String name) {
        if (!Tokens.same(roomCode, room == null ? null : room.trim().toUpperCase(Locale.ROOT))) {
            Session.refuse(outlet, "join", "no class has the room code '" + room + "'; check the code on the projector");
            return null;
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 40 || !clean.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || c == ' ' || c == '-' || c == '.' || c == '\'' || c == '_')) {
            Session.refuse(outlet, "join", "a name is 1 to 40 letters, digits, spaces, - . ' or _");
            return null;
        }
        if (status != Status.LOBBY) {
            Session.refuse(outlet, "join", "the rounds have started; ask the teacher to let you in next time");
            return null;
        }
        if (students.size() >= settings.maxStudents()) {
            Session.refuse(outlet, "join", "the class is full (" + settings.maxStudents() + " students)");
            return null;
        }
        int[] slot = freeSlot();
        Student student = new Student(tokens.token(), clean, slot[0], slot[1]);
        groups.get(slot[0])[slot[1]] = student;
        students.put(student.token, student);
        student.outlets.add(outlet);
        ObjectNode welcome = message("welcome");
        welcome.put("token", student.token);
        welcome.put("name", student.name);
        outlet.send(welcome.toString());
        send(student);
        sendTeachers();
        return student.token;
    }

    private int[] freeSlot() {
        for (int g = 0; g < groups.size(); g++) {
            for (int p = 0; p < game.playerCount(); p++) {
                if (groups.get(g)[p] == null) {
                    return new int[] {g, p};
                }
            }
        }
        groups.add(new Student[game.playerCount()]);
        return new int[] {groups.size() - 1, 0};
    }

    @Override
    public synchronized String hello(Outlet outlet, String token) {
        Student student = token == null ? null : students.get(token);
        if (student == null) {
            Session.refuse(outlet, "hello", "this browser's seat is not known here (the teacher may have removed it); join again");
            return null;
        }
        student.outlets.add(outlet);
        ObjectNode welcome = message("welcome");
        welcome.put("token", student.token);
        welcome.put("name", student.name);
        outlet.send(welcome.toString());
        send(student);
        sendTeachers();
        return student.token;
    }

    @Override
    public synchronized void disconnected(Outlet outlet) {
        teachers.remove(outlet);
        students.values().forEach(s -> s.outlets.remove(outlet));
        sendTeachers();
    }

    @Override
    public synchronized void decide(Outlet outlet, String token, String ticket, JsonNode decision) {
        Student student = token == null ? null : students.get(token);
        if (student == null) {
            Session.refuse(outlet, "decide", "you are no longer in this class");
            return;
        }
        if (student.ticket == null || ticket == null || !Tokens.same(student.ticket, ticket)) {
            Session.refuse(outlet, "decide", student.chosen != null && ticket != null
                    ? "this question is closed: you already chose " + student.chosen + " this round"
                    : "this answers no open question of your seat (an old or forged ticket)");
            return;
        }
        if (status == Status.PAUSED) {
            Session.refuse(outlet, "decide", "the teacher has paused the class; answer when it goes on");
            return;
        }
        List<String> options = game.strategies(student.player);
        JsonNode strategy = decision == null ? null : decision.get("strategy");
        if (decision == null || !decision.isObject() || decision.size() != 1 || strategy == null || !strategy.isTextual()) {
            Session.refuse(outlet, "decide", "a choice is {\"strategy\": one of " + options + "}");
            return;
        }
        if (!options.contains(strategy.asText())) {
            Session.refuse(outlet, "decide", "not accepted: strategy: '" + strategy.asText() + "' is not one of " + options);
            return;
        }
        student.chosen = strategy.asText();
        student.ticket = null;
        ObjectNode accepted = message("accepted");
        accepted.put("ticket", ticket);
        outlet.send(accepted.toString());
        if (students.values().stream().allMatch(s -> s.chosen != null)) {
            resolve();
        } else {
            send(student);
            sendTeachers();
        }
    }

    // ----------------------------------------------------------------- rounds

    @Override
    public synchronized String start() {
        if (status != Status.LOBBY) {
            return "the rounds have already started";
        }
        if (students.isEmpty()) {
            return "nobody has joined yet";
        }
        status = Status.RUNNING;
        openRound();
        return null;
    }

    private void openRound() {
        round++;
        millisLeft = settings.secondsPerDecision() * 1000L;
        deadlineMillis = clock.getAsLong() + millisLeft;
        for (Student student : students.values()) {
            student.ticket = tokens.token();
            student.chosen = null;
        }
        students.values().forEach(this::send);
        sendTeachers();
    }

    /** Every group's profile is complete: late students' and empty seats' strategies come from the equilibrium. */
    private void resolve() {
        Equilibrium reference = analysis.equilibria().isEmpty() ? null : analysis.equilibria().get(0);
        for (int g = 0; g < groups.size(); g++) {
            Student[] members = groups.get(g);
            int[] profile = new int[game.playerCount()];
            String[] decidedBy = new String[game.playerCount()];
            for (int p = 0; p < profile.length; p++) {
                Student s = members[p];
                if (s != null && s.chosen != null) {
                    profile[p] = game.strategies(p).indexOf(s.chosen);
                    decidedBy[p] = "person";
                } else {
                    profile[p] = drawn(reference, g, p);
                    decidedBy[p] = s == null ? "bot:equilibrium-mix" : "fallback:equilibrium-mix";
                }
            }
            int index = game.index(profile);
            for (int p = 0; p < profile.length; p++) {
                Student s = members[p];
                double payoff = game.payoff(index, p).toDouble();
                if (s != null) {
                    s.total += payoff;
                    s.ticket = null;
                }
                record.add(new Choice(round, g + 1, game.players().get(p), s == null ? "" : s.name,
                        game.strategies(p).get(profile[p]), payoff, decidedBy[p]));
            }
        }
        if (round >= rounds) {
            status = Status.DEBRIEF;
            students.values().forEach(this::send);
            sendTeachers();
            onFinished.accept(List.copyOf(record));
        } else {
            openRound();
        }
    }

    /** The reference equilibrium's strategy for one player, drawn reproducibly; the first strategy without one. */
    private int drawn(Equilibrium reference, int group, int player) {
        if (reference == null) {
            return 0;
        }
        Rational[] mix = reference.strategies().get(player);
        double u = new SplittableRandom(seed * 1_000_003L + round * 10_007L + group * 101L + player).nextDouble();
        double sum = 0;
        for (int i = 0; i < mix.length; i++) {
            sum += mix[i].toDouble();
            if (u < sum) {
                return i;
            }
        }
        return mix.length - 1;
    }

    @Override
    public synchronized void tick() {
        if (status == Status.RUNNING && clock.getAsLong() >= deadlineMillis) {
            resolve();
        } else if (status == Status.RUNNING) {
            sendTeachers();
        }
    }

    // ----------------------------------------------------------------- teacher

    @Override
    public synchronized boolean teacher(Outlet outlet, String token) {
        if (!Tokens.same(teacherToken, token)) {
            Session.refuse(outlet, "teacher", "this is not the teacher's token");
            return false;
        }
        teachers.add(outlet);
        outlet.send(message("teacher-welcome").toString());
        sendTeachers();
        return true;
    }

    @Override
    public synchronized void command(Outlet outlet, String action, JsonNode args) {
        if (!teachers.contains(outlet)) {
            Session.refuse(outlet, "command", "only the teacher can do that");
            return;
        }
        String problem = switch (action == null ? "" : action) {
            case "start" -> start();
            case "pause" -> {
                if (status != Status.RUNNING) {
                    yield "the class is not running";
                }
                millisLeft = Math.max(0, deadlineMillis - clock.getAsLong());
                status = Status.PAUSED;
                students.values().forEach(this::send);
                yield null;
            }
            case "resume" -> {
                if (status != Status.PAUSED) {
                    yield "the class is not paused";
                }
                deadlineMillis = clock.getAsLong() + millisLeft;
                status = Status.RUNNING;
                students.values().forEach(this::send);
                yield null;
            }
            case "extend" -> {
                int seconds = args.path("seconds").isInt() ? args.path("seconds").asInt() : -1;
                if (seconds < 1 || seconds > 3600) {
                    yield "extend by 1 to 3600 seconds";
                }
                deadlineMillis += seconds * 1000L;
                millisLeft += seconds * 1000L;
                students.values().forEach(this::send);
                yield null;
            }
            case "advance" -> {
                if (status != Status.RUNNING && status != Status.PAUSED) {
                    yield "the class is not running";
                }
                status = Status.RUNNING;
                resolve();
                yield null;
            }
            default -> "a matrix game's controls are start, pause, resume, extend and advance";
        };
        if (problem != null) {
            Session.refuse(outlet, "command", problem);
        }
        sendTeachers();
    }

    // ----------------------------------------------------------------- views

    private static ObjectNode message(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        return node;
    }

    private ObjectNode gameJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", game.name());
        node.put("description", game.description());
        ArrayNode players = node.putArray("players");
        game.players().forEach(players::add);
        ArrayNode strategies = node.putArray("strategies");
        for (int p = 0; p < game.playerCount(); p++) {
            ArrayNode list = strategies.addArray();
            game.strategies(p).forEach(list::add);
        }
        ArrayNode payoffs = node.putArray("payoffs");
        for (int i = 0; i < game.profileCount(); i++) {
            ObjectNode cell = payoffs.addObject();
            ArrayNode profile = cell.putArray("profile");
            for (int s : game.profile(i)) {
                profile.add(s);
            }
            ArrayNode values = cell.putArray("payoffs");
            for (int p = 0; p < game.playerCount(); p++) {
                values.add(game.payoff(i, p).toDouble());
            }
        }
        ArrayNode equilibria = node.putArray("equilibria");
        for (Equilibrium e : analysis.equilibria()) {
            ArrayNode mixes = equilibria.addArray();
            for (Rational[] mix : e.strategies()) {
                ArrayNode m = mixes.addArray();
                for (Rational r : mix) {
                    m.add(r.toDouble());
                }
            }
        }
        return node;
    }

    private long millisLeftNow() {
        return status == Status.PAUSED ? millisLeft : Math.max(0, deadlineMillis - clock.getAsLong());
    }

    private void send(Student student) {
        if (student.outlets.isEmpty()) {
            return;
        }
        ObjectNode view = message("view");
        view.put("mode", "matrix");
        view.put("status", status.name().toLowerCase(Locale.ROOT));
        view.put("name", student.name);
        view.put("round", round);
        view.put("rounds", rounds);
        ObjectNode seat = view.putObject("seat");
        seat.put("id", "group " + (student.group + 1));
        seat.put("role", game.players().get(student.player));
        seat.put("player", student.player);
        seat.put("note", "");
        ArrayNode team = seat.putArray("team");
        team.add(student.name);
        ArrayNode others = seat.putArray("others");
        for (Student other : groups.get(student.group)) {
            if (other != null && other != student) {
                others.add(other.name + " (" + game.players().get(other.player) + ")");
            }
        }
        seat.putArray("history");
        view.set("game", gameJson());
        if (student.ticket != null && (status == Status.RUNNING || status == Status.PAUSED)) {
            ObjectNode ask = view.putObject("ask");
            ask.put("ticket", student.ticket);
            ask.put("quarter", "Round " + round + " of " + rounds);
            ask.put("point", "choose a strategy");
            ask.put("millisLeft", millisLeftNow());
            ArrayNode options = ask.putArray("options");
            game.strategies(student.player).forEach(options::add);
        }
        ArrayNode history = view.putArray("rounds");
        for (Choice c : record) {
            if (c.group() == student.group + 1) {
                history.add(JsonNodeFactory.instance.pojoNode(c));
            }
        }
        view.put("total", student.total);
        if (status == Status.DEBRIEF) {
            view.set("debrief", scoreboard());
        }
        String text = view.toString();
        student.outlets.forEach(o -> o.send(text));
    }

    private ObjectNode scoreboard() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode rows = node.putArray("payoffs");
        students.values().stream().sorted((a, b) -> Double.compare(b.total, a.total)).forEach(s -> {
            ObjectNode row = rows.addObject();
            row.put("agent", "group " + (s.group + 1));
            row.put("role", game.players().get(s.player));
            row.put("playedBy", "students");
            row.put("team", s.name);
            row.put("payoff", s.total);
            row.put("decidedByStudents", record.stream().filter(c -> c.student().equals(s.name) && c.decidedBy().equals("person")).count());
            row.put("fallbacks", record.stream().filter(c -> c.student().equals(s.name) && !c.decidedBy().equals("person")).count());
        });
        node.put("report", "");
        return node;
    }

    synchronized ObjectNode teacherView() {
        ObjectNode view = message("teacher-view");
        view.put("mode", "matrix");
        view.put("status", status.name().toLowerCase(Locale.ROOT));
        view.put("room", roomCode);
        view.put("scenario", game.name());
        view.put("quarter", round == 0 ? "" : "Round " + round + " of " + rounds);
        view.set("game", gameJson());
        ArrayNode seats = view.putArray("seats");
        for (int g = 0; g < groups.size(); g++) {
            for (int p = 0; p < game.playerCount(); p++) {
                Student s = groups.get(g)[p];
                ObjectNode row = seats.addObject();
                row.put("id", "group " + (g + 1));
                row.put("role", game.players().get(p));
                row.put("open", true);
                row.put("bot", s == null);
                row.put("seated", true);
                ArrayNode people = row.putArray("students");
                if (s != null) {
                    ObjectNode person = people.addObject();
                    person.put("id", s.token.substring(0, 12));
                    person.put("name", s.name);
                    person.put("connected", !s.outlets.isEmpty());
                }
                boolean waiting = s != null && s.ticket != null && status != Status.LOBBY && status != Status.DEBRIEF;
                row.put("waiting", waiting);
                if (waiting) {
                    row.put("point", "choosing");
                    row.put("millisLeft", millisLeftNow());
                }
                String name = s == null ? "" : s.name;
                row.put("decidedByStudents", record.stream().filter(c -> !name.isEmpty() && c.student().equals(name)
                        && c.decidedBy().equals("person")).count());
                row.put("fallbacks", record.stream().filter(c -> !name.isEmpty() && c.student().equals(name)
                        && !c.decidedBy().equals("person")).count());
                row.put("note", s == null ? "a bot plays the equilibrium mix" : s.total == 0 ? "" : "total payoff "
                        + Math.round(s.total * 100) / 100.0);
            }
        }
        ArrayNode choices = view.putArray("choices");
        record.forEach(c -> choices.add(JsonNodeFactory.instance.pojoNode(c)));
        view.put("students", students.size());
        view.put("connected", students.values().stream().filter(s -> !s.outlets.isEmpty()).count());
        if (status == Status.DEBRIEF) {
            view.set("debrief", scoreboard());
        }
        return view;
    }

    private void sendTeachers() {
        if (teachers.isEmpty()) {
            return;
        }
        String text = teacherView().toString();
        teachers.forEach(o -> o.send(text));
    }
}
