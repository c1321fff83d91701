package chipsim.runner.agentsapi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import chipsim.runner.sim.Simulation;

/**
 * {@code chipsim env}: serves training episodes on 127.0.0.1, one {@link EnvSession} per
 * connection, every episode run in-process on one {@link Simulation}.
 */
public final class EnvServer implements AutoCloseable {

    private final ServerSocket server;
    private final Simulation simulation;
    private final EnvScenarios scenarios;
    private final String token;
    private final Thread acceptor;

    private EnvServer(ServerSocket server, Simulation simulation, EnvScenarios scenarios, String token) {
        this.server = server;
        this.simulation = simulation;
        this.scenarios = scenarios;
        this.token = token;
        this.acceptor = new Thread(this::accept, "agents-api env acceptor");
        this.acceptor.setDaemon(true);
    }

    /** @param port the port on 127.0.0.1; 0 for any free one (see {@link #port()}) */
    static EnvServer start(Simulation simulation, EnvScenarios scenarios, int port, String token) throws IOException {
        ServerSocket server = new ServerSocket(port, 16, InetAddress.getLoopbackAddress());
        EnvServer env = new EnvServer(server, simulation, scenarios, token);
        env.acceptor.start();
        return env;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        long connections = 0;
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Link link = new Link("env client " + (++connections), socket.getInputStream(),
                        socket.getOutputStream(), socket);
                Thread session = new Thread(new EnvSession(link, simulation, scenarios, token),
                        "agents-api env session " + connections);
                session.setDaemon(true);
                session.start();
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                // One failed accept does not stop the server.
            }
        }
    }

    /** Blocks until the server is closed (by another thread or the process ending). */
    public void awaitClose() throws InterruptedException {
        acceptor.join();
    }

    @Override
    public void close() {
        Links.closeQuietly(server);
    }
}
