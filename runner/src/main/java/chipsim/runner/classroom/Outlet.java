package chipsim.runner.classroom;

/** One browser's socket as the session sees it: where its messages go. Implementations never block. */
interface Outlet {

    /** Queues one JSON message for the browser; a slow browser loses old messages, not the server's time. */
    void send(String json);

    /** Tells the browser why, and closes its socket. */
    void close(String reason);
}
