package chipsim.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.ExtendedActorSystem;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.Adapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every cluster message comes back equal from its bytes, scenario text and CSV lines included. */
class ClusterSerializerTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    @Test
    void everyMessageRoundTrips() throws Exception {
        ClusterSerializer serializer = new ClusterSerializer((ExtendedActorSystem) Adapter.toClassic(testKit.system()));
        ActorRef<Coordinator.Reply> ref = testKit.<Coordinator.Reply>createTestProbe().ref();
        String yaml = "name: x\nseed: 3\nagents:\n  nvidia: {policy: \"profit-max\"}  # ü, 中\n";
        List<Object> messages = List.of(
                new Coordinator.Join("0.1.0+abc", "akka://chipsim-cluster@127.0.0.1:1", ref, ref),
                new Coordinator.Welcome("f00d", "0.1.0+abc", List.of("end.a", "payoff.nvidia")),
                new Coordinator.Refused("another sweep"),
                new Coordinator.Request("f00d", "w1", 123.5, ref),
                new Coordinator.Chunk(7, List.of(new Coordinator.ChunkRun(3, "[0.25,\"x\"]", 2, 99L)), Map.of(3, yaml)),
                Coordinator.Wait.INSTANCE,
                Coordinator.Finished.INSTANCE,
                new Coordinator.Results(7, "w1", List.of(new Coordinator.Result(3, 99L, true, "3,0.25,\"a,b\"\n"))));
        for (Object message : messages) {
            Object back = serializer.fromBinary(serializer.toBinary(message), serializer.manifest(message));
            assertEquals(message, back);
        }
    }
}
