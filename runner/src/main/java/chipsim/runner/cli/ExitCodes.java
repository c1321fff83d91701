package chipsim.runner.cli;

/** What chipsim's exit status means. */
public final class ExitCodes {

    /** Done, nothing wrong. */
    public static final int OK = 0;
    /** The run started but failed: an agent error, a missed barrier, a broken invariant. */
    public static final int RUN_FAILED = 1;
    /** The input was wrong (scenario, options, files); nothing ran and nothing was written. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
