package chipsim.runner.report;

/** A report's input folder is missing a file or holds one that cannot be read; the message says which and why. */
public final class ReportInputException extends Exception {

    public ReportInputException(String message) {
        super(message);
    }

    public ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
