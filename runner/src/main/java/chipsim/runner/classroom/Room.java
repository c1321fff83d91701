package chipsim.runner.classroom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a browser's socket talks to: a market session or a matrix game's rounds. A student is known
 * by the token given at join, which only their own socket holds; the teacher by the teacher's token.
 */
interface Room {

    enum Status { LOBBY, RUNNING, PAUSED, DEBRIEF, FAILED }

    /** A new student with the room code and a name; answers a welcome with their token, or a refusal. Returns the token or null. */
    String join(Outlet outlet, String room, String name);

    /** A browser back with its token; returns the token when it is known, else null (and a refusal). */
    String hello(Outlet outlet, String token);

    void disconnected(Outlet outlet);

    /** The student with {@code token} answers the open question with {@code ticket}. */
    void decide(Outlet outlet, String token, String ticket, JsonNode decision);

    /** The socket shows the teacher's token; true when it is the teacher's. */
    boolean teacher(Outlet outlet, String token);

    /** One of the teacher's controls; refused unless {@code outlet} is the teacher's. */
    void command(Outlet outlet, String action, JsonNode args);

    /** The clocks: called every few hundred milliseconds. */
    void tick();

    Status status();

    String roomCode();

    String teacherToken();

    /** Starts the class (the teacher's start, or at once after a restart). */
    String start();

    /** A class that had started before a restart starts again at once. */
    boolean resumable();
}
