package chipsim.runner.classroom;

import akka.NotUsed;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.model.ws.TextMessage;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.Route;
import akka.japi.Pair;
import akka.stream.Materializer;
import akka.stream.OverflowStrategy;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.javadsl.SourceQueueWithComplete;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The classroom's web server (Akka HTTP): the join page, the teacher's page, their scripts and
 * styles from the jar (ECharts from its WebJar: nothing is fetched from the internet), the run's
 * report once it is written, and one WebSocket per browser, which is where everything happens.
 */
final class ClassroomServer extends AllDirectives {

    private static final Set<String> ASSETS = Set.of("classroom.css", "student.js", "teacher.js", "forms.js",
            "charts.js", "socket.js");
    /** The WebJar's bundle, as the report's pages inline it (the version from the WebJar's own pom.properties). */
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/" + echartsVersion()
            + "/dist/echarts.min.js";
    /** Scripts and sockets of this server only; the report (written at the end) inlines its own. */
    private static final String POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final Room session;
    private final Path reportFile;
    private final ActorSystem<Void> system;
    private final Materializer materializer;
    private ServerBinding binding;

    private ClassroomServer(Room session, Path reportFile, ActorSystem<Void> system) {
        this.session = session;
        this.reportFile = reportFile;
        this.system = system;
        this.materializer = Materializer.createMaterializer(system);
    }

    private static String echartsVersion() {
        java.util.Properties pom = new java.util.Properties();
        try (var in = ClassroomServer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("chipsim's jar lacks the ECharts WebJar");
            }
            pom.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    /** Starts the server on {@code bind:port} (port 0: any free port) and waits until it listens. */
    static ClassroomServer start(Room session, Path reportFile, String bind, int port) throws Exception {
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "classroom", ConfigFactory.parseString(String.join("\n",
                "akka.loglevel = WARNING",
                "akka.http.server.idle-timeout = 120 s",
                "akka.http.server.websocket.periodic-keep-alive-max-idle = 20 s",
                "akka.http.server.parsing.max-content-length = 64k",
                "akka.http.server.server-header = \"\""))
                .withFallback(ConfigFactory.load()));
        ClassroomServer routes = new ClassroomServer(session, reportFile, system);
        try {
            routes.binding = Http.get(system).newServerAt(bind, port).bind(routes.route())
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            return routes;
        } catch (Exception e) {
            system.terminate();
            throw e;
        }
    }

    int port() {
        return binding.localAddress().getPort();
    }

    String host() {
        return binding.localAddress().getHostString();
    }

    void close() {
        try {
            binding.terminate(Duration.ofSeconds(3)).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Closing: the sockets end with the system.
        }
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Nothing left to save.
        }
    }

    private Route route() {
        return concat(
                // The report carries its own inline scripts and styles: it is served without the pages' policy.
                path("report", () -> get(this::report)),
                respondWithHeaders(List.of(RawHeader.create("Content-Security-Policy", POLICY),
                        RawHeader.create("X-Content-Type-Options", "nosniff"),
                        RawHeader.create("Referrer-Policy", "no-referrer"), RawHeader.create("Cache-Control", "no-store")),
                        () -> concat(
                                path("ws", () -> handleWebSocketMessages(socket())),
                                pathSingleSlash(() -> get(() -> getFromResource("classroom/join.html",
                                        ContentTypes.TEXT_HTML_UTF8))),
                                path("teacher", () -> get(() -> getFromResource("classroom/teacher.html",
                                        ContentTypes.TEXT_HTML_UTF8))),
                                pathPrefix("assets", () -> path(name -> get(() -> asset(name)))))));
    }

    private Route asset(String name) {
        if (name.equals("echarts.min.js")) {
            return getFromResource(ECHARTS);
        }
        if (!ASSETS.contains(name)) {
            return complete(StatusCodes.NOT_FOUND, "no such file");
        }
        return getFromResource("classroom/" + name);
    }

    /** The run's report, once the class has finished and its folder is written. */
    private Route report() {
        if (session.status() != Room.Status.DEBRIEF || !Files.isRegularFile(reportFile)) {
            return complete(StatusCodes.NOT_FOUND, "the report is written when the class has finished");
        }
        return respondWithHeader(RawHeader.create("X-Content-Type-Options", "nosniff"),
                () -> getFromFile(reportFile.toFile(), ContentTypes.TEXT_HTML_UTF8));
    }

    /** One browser's socket: its messages in order, one at a time; its outgoing queue drops the oldest when full. */
    private Flow<Message, Message, NotUsed> socket() {
        Pair<SourceQueueWithComplete<Message>, Source<Message, NotUsed>> outgoing = Source
                .<Message>queue(64, OverflowStrategy.dropHead()).preMaterialize(materializer);
        Connection connection = new Connection(session, outgoing.first(), System::currentTimeMillis);
        Sink<Message, NotUsed> incoming = Flow.<Message>create()
                .mapAsync(1, this::text)
                .watchTermination((notUsed, done) -> {
                    done.whenComplete((d, e) -> connection.ended());
                    return notUsed;
                })
                .to(Sink.foreach(text -> connection.received(text.orElse(null))));
        return Flow.fromSinkAndSourceCoupled(incoming, outgoing.second());
    }

    /** A message's text, or empty when it is not text or longer than the limit (then read no further). */
    private CompletionStage<java.util.Optional<String>> text(Message message) {
        if (!message.isText()) {
            message.asBinaryMessage().getStreamedData().runWith(Sink.ignore(), materializer);
            return CompletableFuture.completedFuture(java.util.Optional.empty());
        }
        TextMessage text = message.asTextMessage();
        if (text.isStrict()) {
            String strict = text.getStrictText();
            return CompletableFuture.completedFuture(strict.length() > Connection.MAX_MESSAGE_CHARS
                    ? java.util.Optional.empty() : java.util.Optional.of(strict));
        }
        return text.getStreamedText()
                .limitWeighted(Connection.MAX_MESSAGE_CHARS, s -> (long) s.length())
                .runFold(new StringBuilder(), StringBuilder::append, materializer)
                .thenApply(b -> java.util.Optional.of(b.toString()))
                .exceptionally(tooLong -> java.util.Optional.empty());
    }
}
