package chipsim.runner.bench;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.ConfigFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own speed as a yardstick: pairs of typed actors bouncing a message, on an actor
 * system configured as the simulation's (same dispatcher, same threads), in the same JVM. The
 * simulation's messages per second read as a share of this.
 */
final class PingPong {

    record Ball(int left, ActorRef<Ball> replyTo) {}

    private PingPong() {}

    /** Messages per second over {@code pairs} pairs, each exchanging {@code messagesPerPair} messages. */
    static double messagesPerSecond(int threads, int pairs, int messagesPerPair) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(pairs);
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "pingpong", ConfigFactory.parseString(
                "akka.actor.default-dispatcher.fork-join-executor.parallelism-min = " + threads + "\n"
                        + "akka.actor.default-dispatcher.fork-join-executor.parallelism-max = " + threads + "\n")
                .withFallback(ConfigFactory.load()));
        try {
            CountDownLatch ready = new CountDownLatch(1);
            long[] start = new long[1];
            system.systemActorOf(Behaviors.<Void>setup(ctx -> {
                start[0] = System.nanoTime();
                for (int i = 0; i < pairs; i++) {
                    ActorRef<Ball> a = ctx.spawn(player(finished), "ping-" + i);
                    ActorRef<Ball> b = ctx.spawn(player(finished), "pong-" + i);
                    a.tell(new Ball(messagesPerPair, b));
                }
                ready.countDown();
                return Behaviors.empty();
            }), "players", akka.actor.typed.Props.empty());
            ready.await();
            if (!finished.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("ping-pong did not finish");
            }
            double seconds = (System.nanoTime() - start[0]) / 1e9;
            return (double) pairs * messagesPerPair / seconds;
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().join();
        }
    }

    private static Behavior<Ball> player(CountDownLatch finished) {
        return Behaviors.setup(ctx -> Behaviors.receiveMessage(ball -> {
            if (ball.left() <= 1) {
                finished.countDown();
            } else {
                ball.replyTo().tell(new Ball(ball.left() - 1, ctx.getSelf()));
            }
            return Behaviors.same();
        }));
    }
}
