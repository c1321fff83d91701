package chipsim.runner.cluster;

import akka.actor.ExtendedActorSystem;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorRefResolver;
import akka.actor.typed.javadsl.Adapter;
import akka.serialization.SerializerWithStringManifest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the cluster's messages as length-prefixed UTF-8 strings and numbers. Every field is a
 * string, a number or an actor reference, so this needs no Jackson (akka-serialization-jackson
 * is built for an older Jackson than chipsim's) and no Java serialization.
 */
public final class ClusterSerializer extends SerializerWithStringManifest {

    private static final String JOIN = "J";
    private static final String WELCOME = "W";
    private static final String REFUSED = "X";
    private static final String REQUEST = "Q";
    private static final String CHUNK = "C";
    private static final String WAIT = "T";
    private static final String FINISHED = "F";
    private static final String RESULTS = "R";

    private final ActorRefResolver resolver;

    public ClusterSerializer(ExtendedActorSystem system) {
        this.resolver = ActorRefResolver.get(Adapter.toTyped(system));
    }

    @Override
    public int identifier() {
        return 0x43_48_49_50; // "CHIP"
    }

    @Override
    public String manifest(Object message) {
        if (message instanceof Coordinator.Join) {
            return JOIN;
        } else if (message instanceof Coordinator.Welcome) {
            return WELCOME;
        } else if (message instanceof Coordinator.Refused) {
            return REFUSED;
        } else if (message instanceof Coordinator.Request) {
            return REQUEST;
        } else if (message instanceof Coordinator.Chunk) {
            return CHUNK;
        } else if (message instanceof Coordinator.Wait) {
            return WAIT;
        } else if (message instanceof Coordinator.Finished) {
            return FINISHED;
        } else if (message instanceof Coordinator.Results) {
            return RESULTS;
        }
        throw new IllegalArgumentException("not a cluster message: " + message.getClass());
    }

    @Override
    public byte[] toBinary(Object message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void write(DataOutputStream out, Object message) throws IOException {
        if (message instanceof Coordinator.Join m) {
            text(out, m.version());
            text(out, m.workerId());
            ref(out, m.presence());
            ref(out, m.replyTo());
        } else if (message instanceof Coordinator.Welcome m) {
            text(out, m.sweepHash());
            text(out, m.version());
            out.writeInt(m.metrics().size());
            for (String metric : m.metrics()) {
                text(out, metric);
            }
        } else if (message instanceof Coordinator.Refused m) {
            text(out, m.reason());
        } else if (message instanceof Coordinator.Request m) {
            text(out, m.sweepHash());
            text(out, m.workerId());
            out.writeDouble(m.runsPerSecond());
            ref(out, m.replyTo());
        } else if (message instanceof Coordinator.Chunk m) {
            out.writeLong(m.id());
            out.writeInt(m.runs().size());
            for (Coordinator.ChunkRun run : m.runs()) {
                out.writeInt(run.point());
                text(out, run.values());
                out.writeInt(run.replication());
                out.writeLong(run.seed());
            }
            out.writeInt(m.scenarios().size());
            for (Map.Entry<Integer, String> scenario : m.scenarios().entrySet()) {
                out.writeInt(scenario.getKey());
                text(out, scenario.getValue());
            }
        } else if (message instanceof Coordinator.Results m) {
            out.writeLong(m.chunkId());
            text(out, m.workerId());
            out.writeInt(m.results().size());
            for (Coordinator.Result result : m.results()) {
                out.writeInt(result.point());
                out.writeLong(result.seed());
                out.writeBoolean(result.ok());
                text(out, result.line());
            }
        }
        // Wait and Finished have no fields.
    }

    @Override
    public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            switch (manifest) {
                case JOIN:
                    return new Coordinator.Join(text(in), text(in), ref(in), ref(in));
                case WELCOME: {
                    String hash = text(in);
                    String version = text(in);
                    int n = in.readInt();
                    List<String> metrics = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        metrics.add(text(in));
                    }
                    return new Coordinator.Welcome(hash, version, metrics);
                }
                case REFUSED:
                    return new Coordinator.Refused(text(in));
                case REQUEST:
                    return new Coordinator.Request(text(in), text(in), in.readDouble(), ref(in));
                case CHUNK: {
                    long id = in.readLong();
                    int n = in.readInt();
                    List<Coordinator.ChunkRun> runs = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        runs.add(new Coordinator.ChunkRun(in.readInt(), text(in), in.readInt(), in.readLong()));
                    }
                    int s = in.readInt();
                    Map<Integer, String> scenarios = new LinkedHashMap<>();
                    for (int i = 0; i < s; i++) {
                        scenarios.put(in.readInt(), text(in));
                    }
                    return new Coordinator.Chunk(id, runs, scenarios);
                }
                case WAIT:
                    return Coordinator.Wait.INSTANCE;
                case FINISHED:
                    return Coordinator.Finished.INSTANCE;
                case RESULTS: {
                    long id = in.readLong();
                    String worker = text(in);
                    int n = in.readInt();
                    List<Coordinator.Result> results = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        results.add(new Coordinator.Result(in.readInt(), in.readLong(), in.readBoolean(), text(in)));
                    }
                    return new Coordinator.Results(id, worker, results);
                }
                default:
                    throw new NotSerializableException("unknown cluster message manifest " + manifest);
            }
        } catch (IOException e) {
            NotSerializableException wrapped = new NotSerializableException("a cluster message cut short: " + e);
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private void ref(DataOutputStream out, ActorRef<?> ref) throws IOException {
        text(out, resolver.toSerializationFormat(ref));
    }

    private <T> ActorRef<T> ref(DataInputStream in) throws IOException {
        return resolver.resolveActorRef(text(in));
    }
}
