package chipsim.runner.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The Akka settings of a cluster node, coordinator or worker (docs/cluster.md). */
public final class ClusterNode {

    /** Every node's actor system has this name; a node of another name cannot join. */
    public static final String SYSTEM = "chipsim-cluster";

    private ClusterNode() {}

    /** An address given as HOST:PORT on the command line. */
    public record HostPort(String host, int port) {

        /** @throws IllegalArgumentException with the fix, for the command's message */
        public static HostPort parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new IllegalArgumentException("'" + text + "' is not HOST:PORT (e.g. 127.0.0.1:25520)");
            }
            int port;
            try {
                port = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': the port must be a number from 1 to 65535");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("'" + text + "': the port must be from 1 to 65535");
            }
            return new HostPort(text.substring(0, colon), port);
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /**
     * @param self where this node listens (port 0: any free port)
     * @param seed the coordinator, the cluster's first node
     */
    public static Config config(HostPort self, HostPort seed) {
        String text = String.join("\n",
                "akka.actor.provider = cluster",
                "akka.remote.artery.transport = tcp",
                "akka.remote.artery.canonical.hostname = \"" + self.host() + "\"",
                "akka.remote.artery.canonical.port = " + self.port(),
                // A chunk's results and a chunk's scenarios are bounded well below this (Coordinator).
                "akka.remote.artery.advanced.maximum-frame-size = 8MiB",
                "akka.remote.artery.advanced.buffer-pool-size = 32",
                "akka.cluster.seed-nodes = [\"akka://" + SYSTEM + "@" + seed.host() + ":" + seed.port() + "\"]",
                // A crashed worker is removed: the oldest node (the coordinator, which starts first)
                // keeps the cluster; a worker that loses it downs itself.
                "akka.cluster.downing-provider-class = \"akka.cluster.sbr.SplitBrainResolverProvider\"",
                "akka.cluster.split-brain-resolver.active-strategy = keep-oldest",
                "akka.cluster.split-brain-resolver.keep-oldest.down-if-alone = off",
                "akka.cluster.split-brain-resolver.stable-after = 5s",
                // A worker runs on every core it has, and a machine may run the coordinator and
                // workers at once: heartbeats answered a few seconds late must not make a busy
                // worker look dead (the resolver would down it with a crashed one, leaving no one).
                "akka.cluster.failure-detector.acceptable-heartbeat-pause = 10s",
                "akka.cluster.jmx.enabled = off",
                "akka.cluster.log-info = off",
                "akka.coordinated-shutdown.exit-jvm = off",
                "akka.actor.serializers.chipsim = \"" + ClusterSerializer.class.getName() + "\"",
                "akka.actor.serialization-bindings { \"" + ClusterMessage.class.getName() + "\" = chipsim }");
        // System properties first, so -Dakka.cluster.split-brain-resolver.stable-after=2s still wins.
        return ConfigFactory.systemProperties().withFallback(ConfigFactory.parseString(text))
                .withFallback(ConfigFactory.load());
    }

    /** The address of this machine that faces {@code peer}: the one the coordinator can reach a worker at. */
    public static String addressFacing(HostPort peer) {
        try (DatagramSocket probe = new DatagramSocket()) {
            // Connecting a datagram socket sends nothing; it only picks the route, hence the local address.
            probe.connect(new InetSocketAddress(InetAddress.getByName(peer.host()), peer.port()));
            InetAddress local = probe.getLocalAddress();
            return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : local.getHostAddress();
        } catch (IOException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }
}
