package chipsim.runner.scenario;

/**
 * One thing wrong with a scenario, where it is and how to fix it.
 *
 * @param source  the file (or "--set") the problem is in
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    the key path, e.g. agents.nvidia.setup.inventory.H200
 * @param message what is wrong
 * @param hint    how to fix it
 */
public record Problem(String source, int line, int column, String path, String message, String hint) {

    /** {@code baseline.yaml:12:5: agents.nvidia.policy: unknown nvidia policy 'x' (did you mean ...)} */
    public String render() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append(oneLine(message));
        if (!hint.isEmpty()) {
            text.append("\n    hint: ").append(oneLine(hint));
        }
        return text.toString();
    }

    /** A value quoted in a message may hold line breaks (a folded YAML text); each problem stays one line. */
    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
