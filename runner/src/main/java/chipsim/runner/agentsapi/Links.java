package chipsim.runner.agentsapi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/** Opens the link an {@link AgentOption} asks for, every wait bounded. */
final class Links {

    /** The program could not be reached: not started, refused, or never connected. */
    static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    /** Between two attempts to connect to a program that is not listening yet. */
    private static final long RETRY_MILLIS = 50;

    private Links() {}

    static Link open(AgentOption option, long connectMillis) throws Unreachable {
        return switch (option.kind()) {
            case CMD -> start(option);
            case TCP -> connect(option, connectMillis);
            case LISTEN -> listen(option, connectMillis);
        };
    }

    private static Link start(AgentOption option) throws Unreachable {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", option.command())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new Unreachable("cannot start '" + option.command() + "': " + e.getMessage());
        }
        return new Link(option.spec(), process.getInputStream(), process.getOutputStream(), () -> stop(process));
    }

    /** Its input is closed (it should exit); if it does not within 5 s it is killed, with its children. */
    private static void stop(Process process) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Retries until the connect timeout: the program may still be starting to listen. */
    private static Link connect(AgentOption option, long connectMillis) throws Unreachable {
        long deadline = System.currentTimeMillis() + connectMillis;
        while (true) {
            Socket socket = new Socket();
            try {
                long left = Math.max(1, deadline - System.currentTimeMillis());
                socket.connect(new InetSocketAddress(option.host(), option.port()), (int) Math.min(left, Integer.MAX_VALUE));
                socket.setTcpNoDelay(true);
                return new Link(option.spec(), socket.getInputStream(), socket.getOutputStream(), socket);
            } catch (IOException e) {
                closeQuietly(socket);
                if (System.currentTimeMillis() + RETRY_MILLIS >= deadline) {
                    throw new Unreachable("cannot connect to " + option.host() + ":" + option.port() + " within "
                            + connectMillis + " ms (" + e.getMessage() + "); start the program first, listening on "
                            + "that port");
                }
                pause();
            }
        }
    }

    private static void pause() throws Unreachable {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while connecting");
        }
    }

    private static Link listen(AgentOption option, long connectMillis) throws Unreachable {
        try (ServerSocket server = new ServerSocket(option.port(), 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) Math.min(connectMillis, Integer.MAX_VALUE));
            Socket socket = server.accept();
            socket.setTcpNoDelay(true);
            return new Link(option.spec(), socket.getInputStream(), socket.getOutputStream(), socket);
        } catch (SocketTimeoutException e) {
            throw new Unreachable("no program connected to 127.0.0.1:" + option.port() + " within " + connectMillis
                    + " ms (--agent-connect-millis)");
        } catch (IOException e) {
            throw new Unreachable("cannot listen on 127.0.0.1:" + option.port() + ": " + e.getMessage());
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing anyway.
        }
    }
}
