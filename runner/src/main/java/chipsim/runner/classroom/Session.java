package chipsim.runner.classroom;

import chipsim.agents.AgentSpec;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.agents.decision.DecisionAnswered;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.PolicyDecider;
import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.PublicState;
import chipsim.runner.decisions.DecisionJson;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One class: the seats (one per agent of the scenario), the students in them, the teacher's
 * controls and the seats' clocks, around one run whose opened seats decide through
 * {@link SeatDecider}s. Every method runs under the session's lock; sending to a browser only
 * queues, so nothing here waits on a network.
 *
 * <p>A seat is who holds its token: a browser proves it by the token it got at join, sent on its
 * socket, and the seat's current question is answered by naming its one-time ticket. So a late,
 * repeated or forged answer is refused with the reason, and no browser can answer for a seat it
 * does not hold.
 */
final class Session implements Room {

    /** A decision's JSON as a student sends it: strict, so "12" is not a number and a missing field is an error. */
    private static final ObjectMapper STRICT = strictMapper();

    /** The market figures of the live view, by metric name as quarters.csv names them. */
    static final List<String> MARKET_METRICS = List.of("china_compute_h100e", "us_compute_h100e",
            "huawei_share_china", "us_chip_share_china", "grey_units", "fees_usd");

    static final class Student {
        final String token;
        final String id;
        final String name;
        String seat;
        final Set<Outlet> outlets = new LinkedHashSet<>();

        Student(String token, String id, String name, String seat) {
            this.token = token;
            this.id = id;
            this.name = name;
            this.seat = seat;
        }
    }

    static final class Seat {
        final String agentId;
        final String role;
        final PolicyDecider policy;
        boolean open;
        boolean bot;
        /** Installed as the agent's decider: fixed once the run starts. */
        boolean seated;
        OpenAsk current;
        final Map<String, String> closedTickets = new HashMap<>();
        int decidedByStudents;
        int fallbacks;
        String note = "";
        final List<ObjectNode> history = new ArrayList<>();

        Seat(String agentId, String role, PolicyDecider policy) {
            this.agentId = agentId;
            this.role = role;
            this.policy = policy;
        }
    }

    /** A question open to a seat. While paused the clock does not run: {@code millisLeft} is kept instead. */
    static final class OpenAsk {
        final DecisionAsk<?, ?> ask;
        final String ticket;
        final JsonNode observation;
        final JsonNode suggestion;
        long deadlineMillis;
        long millisLeft;

        OpenAsk(DecisionAsk<?, ?> ask, String ticket, JsonNode observation, JsonNode suggestion) {
            this.ask = ask;
            this.ticket = ticket;
            this.observation = observation;
            this.suggestion = suggestion;
        }
    }

    private final Scenario scenario;
    private final ClassroomSettings settings;
    private final SessionStore store;
    private final Tokens tokens;
    private final java.util.function.LongSupplier clock;
    private final String roomCode;
    private final String teacherToken;
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final Set<Outlet> teachers = new LinkedHashSet<>();
    private final Map<String, String> roster;
    /** Answers given before a restart, by agent and ask id: played back to the agents at once. */
    private final Map<String, SessionStore.Answer> replay = new HashMap<>();
    private final SortedMarket market = new SortedMarket();
    private Status status = Status.LOBBY;
    private boolean started;
    private RunResult result;
    private String failure;
    private ObjectNode debrief;
    private Function<RunInputs, CompletionStage<RunResult>> runner;
    private java.util.function.Consumer<RunResult> onFinished = r -> {};

    Session(Scenario scenario, PolicyRegistry registry, ClassroomSettings settings, SessionStore store, Tokens tokens,
            java.util.function.LongSupplier clock) throws java.io.IOException {
        this.scenario = scenario;
        this.settings = settings;
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
        this.roster = settings.roster();
        for (AgentSpec agent : scenario.agents()) {
            Object policy = registry.create(agent.role(), agent.policyName(), agent.policyParams(),
                    Roles.policyType(agent.role()));
            Seat seat = new Seat(agent.id(), agent.role(), PolicyDecider.fallback(agent.policyName(), policy));
            seat.open = settings.openSeats().isEmpty() || settings.openSeats().contains(agent.id());
            seats.put(agent.id(), seat);
        }
        var saved = store.load();
        if (saved.isPresent()) {
            this.roomCode = saved.get().roomCode();
            this.teacherToken = saved.get().teacherToken();
            for (SessionStore.SavedSeat s : saved.get().seats()) {
                Seat seat = seats.get(s.agentId());
                if (seat != null) {
                    seat.open = s.open();
                    seat.bot = s.bot();
                }
            }
            for (SessionStore.SavedStudent s : saved.get().students()) {
                students.put(s.token(), new Student(s.token(), s.id(), s.name(), s.seat()));
            }
            for (SessionStore.Answer answer : store.answers()) {
                replay.put(answer.agent() + "#" + answer.askId(), answer);
            }
            started = saved.get().started();
        } else {
            this.roomCode = tokens.roomCode();
            this.teacherToken = tokens.token();
            save();
        }
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = DecisionJson.MAPPER.copy()
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    // ----------------------------------------------------------------- wiring

    /** How the session starts its run (the server's simulation), and what it does with the result. */
    synchronized void connect(Function<RunInputs, CompletionStage<RunResult>> runner,
            java.util.function.Consumer<RunResult> onFinished) {
        this.runner = runner;
        this.onFinished = onFinished;
    }

    /** A class that had started before a restart starts again at once, paused, and replays its answers. */
    @Override
    public synchronized boolean resumable() {
        return started && status == Status.LOBBY;
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

    synchronized RunResult result() {
        return result;
    }

    // ----------------------------------------------------------------- students

    /** A new student: seated by the roster, else in the opened seat with the fewest students. */
    @Override
    public synchronized String join(Outlet outlet, String room, String name) {
        if (!Tokens.same(roomCode, room == null ? null : room.trim().toUpperCase(java.util.Locale.ROOT))) {
            refuse(outlet, "join", "no class has the room code '" + room + "'; check the code on the projector");
            return null;
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 40 || !clean.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || c == ' ' || c == '-' || c == '.' || c == '\'' || c == '_')) {
            refuse(outlet, "join", "a name is 1 to 40 letters, digits, spaces, - . ' or _");
            return null;
        }
        if (students.size() >= settings.maxStudents()) {
            refuse(outlet, "join", "the class is full (" + settings.maxStudents() + " students)");
            return null;
        }
        String seat = roster.get(clean.toLowerCase(java.util.Locale.ROOT));
        if (seat == null || !seats.containsKey(seat)) {
            seat = emptiestSeat();
        }
        if (seat == null) {
            refuse(outlet, "join", "the teacher has opened no role yet; try again in a moment");
            return null;
        }
        Student student = new Student(tokens.token(), tokens.token().substring(0, 12), clean, seat);
        students.put(student.token, student);
        student.outlets.add(outlet);
        save();
        ObjectNode welcome = message("welcome");
        welcome.put("token", student.token);
        welcome.put("name", student.name);
        outlet.send(welcome.toString());
        sendStudent(student);
        sendTeachers();
        return student.token;
    }

    /** A browser that comes back with its token: the same seat. */
    @Override
    public synchronized String hello(Outlet outlet, String token) {
        Student student = token == null ? null : students.get(token);
        if (student == null) {
            refuse(outlet, "hello", "this browser's seat is not known here (the teacher may have removed it); join again");
            return null;
        }
        student.outlets.add(outlet);
        ObjectNode welcome = message("welcome");
        welcome.put("token", student.token);
        welcome.put("name", student.name);
        outlet.send(welcome.toString());
        sendStudent(student);
        sendTeachers();
        return student.token;
    }

    @Override
    public synchronized void disconnected(Outlet outlet) {
        teachers.remove(outlet);
        boolean changed = false;
        for (Student student : students.values()) {
            changed |= student.outlets.remove(outlet);
        }
        if (changed) {
            sendTeachers();
        }
    }

    private String emptiestSeat() {
        return seats.values().stream().filter(s -> s.open && !s.bot && (!started || s.seated))
                .min(Comparator.comparingLong((Seat s) -> membersOf(s.agentId).size()))
                .map(s -> s.agentId).orElse(null);
    }

    private List<Student> membersOf(String seatId) {
        return students.values().stream().filter(s -> seatId.equals(s.seat)).toList();
    }

    // ----------------------------------------------------------------- decisions

    /** An agent asks its seat (on the agent's thread): the question goes to the seat's students. */
    synchronized void asked(String agentId, DecisionAsk<?, ?> ask) {
        Seat seat = seats.get(agentId);
        noteMarket(ask.observation());
        SessionStore.Answer before = replay.remove(agentId + "#" + ask.askId());
        if (before != null) {
            replayAnswer(seat, ask, before);
            return;
        }
        if (seat.current != null) {
            giveUp(seat, "a new question came before this one was answered");
        }
        if (seat.bot) {
            answerGiveUp(seat, ask, "a bot plays this seat: the role's policy decides");
            return;
        }
        if (membersOf(agentId).isEmpty()) {
            answerGiveUp(seat, ask, "nobody sits in this seat");
            return;
        }
        JsonNode suggestion = DecisionJson.MAPPER.valueToTree(seat.policy.decide(ask).decision());
        OpenAsk open = new OpenAsk(ask, tokens.token(), DecisionJson.MAPPER.valueToTree(ask.observation()), suggestion);
        open.millisLeft = settings.secondsPerDecision() * 1000L;
        open.deadlineMillis = clock.getAsLong() + open.millisLeft;
        seat.current = open;
        sendSeat(seat);
        sendTeachers();
    }

    private void replayAnswer(Seat seat, DecisionAsk<?, ?> ask, SessionStore.Answer answer) {
        if (!answer.point().equals(ask.point().name()) || !answer.quarter().equals(ask.quarter().toString())) {
            throw new IllegalStateException("the saved class does not fit this run: answer " + answer.askId() + " of "
                    + answer.agent() + " was for " + answer.point() + " in " + answer.quarter() + ", the run asks "
                    + ask.point().name() + " in " + ask.quarter());
        }
        seat.history.add(historyLine(ask, answer.by().isEmpty() ? "fallback" : answer.by(), answer.reason()));
        if (answer.decision() == null || answer.decision().isNull()) {
            ask.replyTo().tell(DecisionAnswered.giveUp(ask.askId(), "person", answer.reason()));
        } else {
            try {
                Object decision = STRICT.treeToValue(answer.decision(), ask.point().decisionType());
                ask.replyTo().tell(new DecisionAnswered(ask.askId(), decision, "person", ""));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a saved answer cannot be read: " + e.getOriginalMessage(), e);
            }
        }
    }

    /** The fallback decided for a seat: the agent refused its answer, or it was late. */
    synchronized void refused(String agentId, DecisionAsk<?, ?> ask, String reason) {
        Seat seat = seats.get(agentId);
        seat.fallbacks++;
        seat.note = ask.quarter() + " " + ask.point().name() + ": the role's policy decided (" + reason + ")";
        sendSeat(seat);
        sendTeachers();
    }

    /** A student's answer to their seat's open question. */
    @Override
    public synchronized void decide(Outlet outlet, String token, String ticket, JsonNode decisionJson) {
        Student student = token == null ? null : students.get(token);
        if (student == null) {
            refuse(outlet, "decide", "you are no longer in this class");
            return;
        }
        Seat seat = seats.get(student.seat);
        OpenAsk open = seat.current;
        if (open == null || ticket == null || !Tokens.same(open.ticket, ticket)) {
            String closed = ticket == null ? null : seat.closedTickets.get(ticket);
            refuse(outlet, "decide", closed != null ? "this question is closed: " + closed
                    : "this answers no open question of your seat (an old or forged ticket)");
            return;
        }
        if (status == Status.PAUSED) {
            refuse(outlet, "decide", "the teacher has paused the class; answer when it goes on");
            return;
        }
        if (decisionJson == null || !decisionJson.isObject()) {
            refuse(outlet, "decide", "the decision is missing (expected an object with the form's fields)");
            return;
        }
        Object decision;
        try {
            decision = STRICT.treeToValue(decisionJson, open.ask.point().decisionType());
        } catch (JsonMappingException e) {
            refuse(outlet, "decide", "the decision cannot be read" + where(e) + ": " + e.getOriginalMessage());
            return;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            refuse(outlet, "decide", "the decision cannot be read: " + e.getMessage());
            return;
        }
        List<String> problems = problems(open.ask, decision);
        if (!problems.isEmpty()) {
            ObjectNode refusal = message("refused");
            refusal.put("what", "decide");
            refusal.put("reason", "not accepted: " + String.join("; ", problems));
            ArrayNode list = refusal.putArray("problems");
            problems.forEach(list::add);
            outlet.send(refusal.toString());
            return;
        }
        store.append(new SessionStore.Answer(seat.agentId, open.ask.askId(), open.ask.quarter().toString(),
                open.ask.point().name(), DecisionJson.MAPPER.valueToTree(decision), "", student.name));
        seat.current = null;
        seat.closedTickets.put(open.ticket, "already answered by " + student.name);
        seat.decidedByStudents++;
        seat.note = open.ask.quarter() + " " + open.ask.point().name() + ": decided by " + student.name;
        seat.history.add(historyLine(open.ask, student.name, ""));
        open.ask.replyTo().tell(new DecisionAnswered(open.ask.askId(), decision, "person", ""));
        ObjectNode accepted = message("accepted");
        accepted.put("point", open.ask.point().name());
        accepted.put("ticket", open.ticket);
        outlet.send(accepted.toString());
        sendSeat(seat);
        sendTeachers();
    }

    private static String where(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        return path.isEmpty() ? "" : " at " + path;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> problems(DecisionAsk<?, ?> ask, Object decision) {
        Checks checks = new Checks();
        try {
            ((Decision) decision).check(ask.observation(), checks);
        } catch (RuntimeException e) {
            checks.problem("decision", "cannot be checked: " + e.getMessage());
        }
        return checks.problems();
    }

    private ObjectNode historyLine(DecisionAsk<?, ?> ask, String by, String reason) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("quarter", ask.quarter().toString());
        line.put("point", ask.point().name());
        line.put("by", by);
        line.put("reason", reason);
        return line;
    }

    /** The seat's open question is closed without a student's decision: the fallback decides at once. */
    private void giveUp(Seat seat, String reason) {
        OpenAsk open = seat.current;
        seat.current = null;
        seat.closedTickets.put(open.ticket, reason);
        answerGiveUp(seat, open.ask, reason);
        sendSeat(seat);
    }

    private void answerGiveUp(Seat seat, DecisionAsk<?, ?> ask, String reason) {
        store.append(new SessionStore.Answer(seat.agentId, ask.askId(), ask.quarter().toString(), ask.point().name(),
                null, reason, ""));
        seat.history.add(historyLine(ask, "fallback", reason));
        ask.replyTo().tell(DecisionAnswered.giveUp(ask.askId(), "person", reason));
    }

    /** The seats' clocks: called every few hundred milliseconds. */
    @Override
    public synchronized void tick() {
        if (status != Status.RUNNING) {
            return;
        }
        long now = clock.getAsLong();
        boolean changed = false;
        for (Seat seat : seats.values()) {
            if (seat.current != null && now >= seat.current.deadlineMillis) {
                giveUp(seat, "no decision within the seat's clock");
                changed = true;
            }
        }
        if (changed || !teachers.isEmpty()) {
            sendTeachers();
        }
    }

    // ----------------------------------------------------------------- teacher

    @Override
    public synchronized boolean teacher(Outlet outlet, String token) {
        if (!Tokens.same(teacherToken, token)) {
            refuse(outlet, "teacher", "this is not the teacher's token");
            return false;
        }
        teachers.add(outlet);
        outlet.send(message("teacher-welcome").toString());
        sendTeachers();
        return true;
    }

    /** One of the teacher's controls; {@code outlet} must have shown the teacher's token on this socket. */
    @Override
    public synchronized void command(Outlet outlet, String action, JsonNode args) {
        if (!teachers.contains(outlet)) {
            refuse(outlet, "command", "only the teacher can do that");
            return;
        }
        String seatId = text(args, "seat");
        String problem = switch (action == null ? "" : action) {
            case "start" -> start();
            case "pause" -> pause();
            case "resume" -> resumeClass();
            case "extend" -> extend(args.path("seconds").isInt() ? args.path("seconds").asInt() : -1);
            case "advance" -> advance();
            case "open" -> setOpen(seatId, true);
            case "close" -> setOpen(seatId, false);
            case "bot" -> setBot(seatId, true);
            case "people" -> setBot(seatId, false);
            case "kick" -> kick(text(args, "student"));
            case "move" -> move(text(args, "student"), seatId);
            default -> "unknown control '" + action + "'; controls are start, pause, resume, extend, advance, "
                    + "open, close, bot, people, kick, move";
        };
        if (problem != null) {
            refuse(outlet, "command", problem);
        }
        save();
        sendTeachers();
    }

    private static String text(JsonNode args, String field) {
        JsonNode value = args == null ? null : args.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    @Override
    public synchronized String start() {
        if (status != Status.LOBBY) {
            return "the class has already started";
        }
        if (runner == null) {
            return "the server is not ready";
        }
        RunInputs inputs = RunInputs.LOGGED;
        for (Seat seat : seats.values()) {
            if (seat.open) {
                seat.seated = true;
                inputs = inputs.with(seat.agentId, new SeatDecider(seat.agentId, this));
            }
        }
        // A student on a seat that stays with its policy moves to an opened seat.
        for (Student student : students.values()) {
            if (!seats.get(student.seat).seated) {
                String seat = emptiestSeat();
                if (seat != null) {
                    student.seat = seat;
                }
            }
        }
        status = replay.isEmpty() ? Status.RUNNING : Status.PAUSED;
        started = true;
        save();
        runner.apply(inputs).whenComplete((done, error) -> finished(done, error));
        students.values().forEach(this::sendStudent);
        return null;
    }

    private String pause() {
        if (status != Status.RUNNING) {
            return "the class is not running";
        }
        long now = clock.getAsLong();
        for (Seat seat : seats.values()) {
            if (seat.current != null) {
                seat.current.millisLeft = Math.max(0, seat.current.deadlineMillis - now);
            }
        }
        status = Status.PAUSED;
        broadcastStudents();
        return null;
    }

    private String resumeClass() {
        if (status != Status.PAUSED) {
            return "the class is not paused";
        }
        long now = clock.getAsLong();
        for (Seat seat : seats.values()) {
            if (seat.current != null) {
                seat.current.deadlineMillis = now + seat.current.millisLeft;
            }
        }
        status = Status.RUNNING;
        broadcastStudents();
        return null;
    }

    private String extend(int seconds) {
        if (seconds < 1 || seconds > 3600) {
            return "extend by 1 to 3600 seconds";
        }
        for (Seat seat : seats.values()) {
            if (seat.current != null) {
                seat.current.deadlineMillis += seconds * 1000L;
                seat.current.millisLeft += seconds * 1000L;
            }
        }
        broadcastStudents();
        return null;
    }

    private String advance() {
        if (status != Status.RUNNING && status != Status.PAUSED) {
            return "the class is not running";
        }
        for (Seat seat : seats.values()) {
            if (seat.current != null) {
                giveUp(seat, "the teacher advanced");
            }
        }
        return null;
    }

    private String setOpen(String seatId, boolean open) {
        Seat seat = seats.get(seatId);
        if (seat == null) {
            return "no seat '" + seatId + "'";
        }
        if (started) {
            return "roles are opened before the start; a seat can still be given to a bot or back to people";
        }
        seat.open = open;
        if (!open) {
            for (Student student : membersOf(seatId)) {
                String other = emptiestSeat();
                if (other != null) {
                    student.seat = other;
                    sendStudent(student);
                }
            }
        }
        return null;
    }

    private String setBot(String seatId, boolean bot) {
        Seat seat = seats.get(seatId);
        if (seat == null) {
            return "no seat '" + seatId + "'";
        }
        if (!seat.open) {
            return "seat '" + seatId + "' is not opened: its policy plays it";
        }
        seat.bot = bot;
        if (bot && seat.current != null) {
            giveUp(seat, "a bot plays this seat: the role's policy decides");
        }
        return null;
    }

    private Student byId(String id) {
        return students.values().stream().filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    private String kick(String id) {
        Student student = id == null ? null : byId(id);
        if (student == null) {
            return "no student '" + id + "'";
        }
        students.remove(student.token);
        for (Outlet outlet : student.outlets) {
            outlet.close("the teacher removed you from the class");
        }
        Seat seat = seats.get(student.seat);
        sendSeat(seat);
        return null;
    }

    private String move(String id, String seatId) {
        Student student = id == null ? null : byId(id);
        if (student == null) {
            return "no student '" + id + "'";
        }
        Seat seat = seats.get(seatId);
        if (seat == null || !seat.open || (started && !seat.seated)) {
            return "seat '" + seatId + "' is not open to students";
        }
        String before = student.seat;
        student.seat = seatId;
        sendStudent(student);
        sendSeat(seats.get(before));
        return null;
    }

    // ----------------------------------------------------------------- the end

    private void finished(RunResult done, Throwable error) {
        RunResult outcome = done != null ? done
                : new RunResult(scenario, List.of(), "the run did not answer: " + error.getMessage());
        synchronized (this) {
            result = outcome;
            if (outcome.ok()) {
                status = Status.DEBRIEF;
                debrief = debriefOf(outcome);
                market.replaceWith(outcome.quarters());
            } else {
                status = Status.FAILED;
                failure = outcome.error();
            }
            for (Seat seat : seats.values()) {
                seat.current = null;
            }
        }
        onFinished.accept(outcome);
        synchronized (this) {
            broadcastStudents();
            sendTeachers();
        }
    }

    private ObjectNode debriefOf(RunResult outcome) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Map<String, Double> payoff = new TreeMap<>();
        for (QuarterRecord quarter : outcome.quarters()) {
            for (AgentReport agent : quarter.agents()) {
                payoff.merge(agent.agentId(), agent.payoff(), Double::sum);
            }
        }
        ArrayNode rows = node.putArray("payoffs");
        for (Seat seat : seats.values()) {
            ObjectNode row = rows.addObject();
            row.put("agent", seat.agentId);
            row.put("role", seat.role);
            row.put("playedBy", !seat.seated ? "policy" : seat.bot ? "bot" : "students");
            row.put("team", String.join(", ", membersOf(seat.agentId).stream().map(s -> s.name).toList()));
            row.put("payoff", payoff.getOrDefault(seat.agentId, 0.0));
            row.put("decidedByStudents", seat.decidedByStudents);
            row.put("fallbacks", seat.fallbacks);
        }
        node.put("report", "/report");
        return node;
    }

    /** Keeps the public state an observation shows: last quarter's market, for the live charts. */
    private void noteMarket(Object observation) {
        if (!(observation instanceof Record record)) {
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == PublicState.class) {
                try {
                    market.add((PublicState) component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    return;
                }
            }
        }
    }

    // ----------------------------------------------------------------- views

    private void save() {
        List<SessionStore.SavedSeat> savedSeats = seats.values().stream()
                .map(s -> new SessionStore.SavedSeat(s.agentId, s.open, s.bot)).toList();
        List<SessionStore.SavedStudent> saved = students.values().stream()
                .map(s -> new SessionStore.SavedStudent(s.token, s.id, s.name, s.seat)).toList();
        store.save(new SessionStore.Saved(roomCode, teacherToken, started, savedSeats, saved));
    }

    private static ObjectNode message(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        return node;
    }

    static void refuse(Outlet outlet, String what, String reason) {
        ObjectNode node = message("refused");
        node.put("what", what);
        node.put("reason", reason);
        outlet.send(node.toString());
    }

    private void broadcastStudents() {
        students.values().forEach(this::sendStudent);
    }

    private void sendSeat(Seat seat) {
        membersOf(seat.agentId).forEach(this::sendStudent);
    }

    private void sendStudent(Student student) {
        if (student.outlets.isEmpty()) {
            return;
        }
        String view = studentView(student).toString();
        student.outlets.forEach(o -> o.send(view));
    }

    private ObjectNode studentView(Student student) {
        ObjectNode view = message("view");
        view.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        view.put("name", student.name);
        view.put("scenario", scenario.name());
        Seat seat = seats.get(student.seat);
        ObjectNode seatNode = view.putObject("seat");
        seatNode.put("id", seat.agentId);
        seatNode.put("role", seat.role);
        seatNode.put("bot", seat.bot);
        seatNode.put("note", seat.note);
        ArrayNode team = seatNode.putArray("team");
        membersOf(seat.agentId).forEach(s -> team.add(s.name));
        seatNode.set("history", JsonNodeFactory.instance.arrayNode().addAll(seat.history));
        if (seat.current != null) {
            OpenAsk open = seat.current;
            ObjectNode ask = view.putObject("ask");
            ask.put("ticket", open.ticket);
            ask.put("quarter", open.ask.quarter().toString());
            ask.put("phase", open.ask.phase().name().toLowerCase(java.util.Locale.ROOT));
            ask.put("point", open.ask.point().name());
            ask.put("millisLeft", millisLeft(open));
            ask.set("observation", open.observation);
            ask.set("suggestion", open.suggestion);
            ask.set("schema", DecisionForms.schema(open.ask.point().name(), open.ask.point().decisionType()));
        }
        view.set("market", market.json());
        if (debrief != null) {
            view.set("debrief", debrief);
        }
        if (failure != null) {
            view.put("failure", failure);
        }
        return view;
    }

    private long millisLeft(OpenAsk open) {
        return status == Status.PAUSED ? open.millisLeft : Math.max(0, open.deadlineMillis - clock.getAsLong());
    }

    private void sendTeachers() {
        if (teachers.isEmpty()) {
            return;
        }
        String view = teacherView().toString();
        teachers.forEach(o -> o.send(view));
    }

    synchronized ObjectNode teacherView() {
        ObjectNode view = message("teacher-view");
        view.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        view.put("room", roomCode);
        view.put("scenario", scenario.name());
        view.put("secondsPerDecision", settings.secondsPerDecision());
        String quarter = null;
        ArrayNode seatRows = view.putArray("seats");
        for (Seat seat : seats.values()) {
            ObjectNode row = seatRows.addObject();
            row.put("id", seat.agentId);
            row.put("role", seat.role);
            row.put("open", seat.open);
            row.put("bot", seat.bot);
            row.put("seated", seat.seated);
            List<Student> members = membersOf(seat.agentId);
            ArrayNode people = row.putArray("students");
            for (Student s : members) {
                ObjectNode p = people.addObject();
                p.put("id", s.id);
                p.put("name", s.name);
                p.put("connected", !s.outlets.isEmpty());
            }
            row.put("waiting", seat.current != null);
            if (seat.current != null) {
                row.put("point", seat.current.ask.point().name());
                row.put("millisLeft", millisLeft(seat.current));
                quarter = seat.current.ask.quarter().toString();
            }
            row.put("decidedByStudents", seat.decidedByStudents);
            row.put("fallbacks", seat.fallbacks);
            row.put("note", seat.note);
        }
        view.put("quarter", quarter == null ? market.latestQuarter() : quarter);
        view.put("students", students.size());
        view.put("connected", students.values().stream().filter(s -> !s.outlets.isEmpty()).count());
        view.set("market", market.json());
        if (debrief != null) {
            view.set("debrief", debrief);
        }
        if (failure != null) {
            view.put("failure", failure);
        }
        return view;
    }

    /** The market's figures by quarter, from the public states the seats saw, then from the finished run. */
    private static final class SortedMarket {
        private final TreeMap<String, ObjectNode> byQuarter = new TreeMap<>();

        void add(PublicState state) {
            if (state == null || state.lastQuarter() == null) {
                return;
            }
            ObjectNode point = JsonNodeFactory.instance.objectNode();
            point.put("quarter", state.lastQuarter().toString());
            point.put("china_compute_h100e", state.chinaComputeH100e());
            point.put("us_compute_h100e", state.usComputeH100e());
            point.put("huawei_share_china", state.huaweiShareOfChina());
            point.put("us_chip_share_china", state.usChipShareOfChina());
            point.put("grey_units", state.greyUnits());
            point.put("fees_usd", state.feesUsd());
            ObjectNode prices = point.putObject("prices");
            for (Map.Entry<String, ChipBook> book : state.books().entrySet()) {
                if (book.getValue().filledUnits() > 0) {
                    prices.put(book.getKey(), book.getValue().averagePriceUsd());
                }
            }
            byQuarter.put(state.lastQuarter().toString(), point);
        }

        void replaceWith(List<QuarterRecord> quarters) {
            byQuarter.clear();
            for (QuarterRecord quarter : quarters) {
                ObjectNode point = JsonNodeFactory.instance.objectNode();
                point.put("quarter", quarter.quarter().toString());
                for (String metric : MARKET_METRICS) {
                    point.put(metric, quarter.metrics().getOrDefault(metric, 0.0));
                }
                ObjectNode prices = point.putObject("prices");
                quarter.books().forEach((chip, book) -> {
                    if (book.filledUnits() > 0) {
                        prices.put(chip, book.averagePriceUsd());
                    }
                });
                byQuarter.put(quarter.quarter().toString(), point);
            }
        }

        String latestQuarter() {
            return byQuarter.isEmpty() ? null : byQuarter.lastKey();
        }

        ArrayNode json() {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            byQuarter.values().forEach(array::add);
            return array;
        }
    }
}
