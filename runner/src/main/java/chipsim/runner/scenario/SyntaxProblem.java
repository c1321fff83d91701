package chipsim.runner.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document that cannot be parsed at all, as a problem at the place the parser gave up. */
final class SyntaxProblem {

    /** SnakeYAML's marks: " in 'reader', line 83, column 2:", followed by the line and a caret. */
    private static final Pattern MARK = Pattern.compile("^ in .*, line (\\d+), column (\\d+):?$");

    private SyntaxProblem() {}

    static Problem of(String source, JsonProcessingException e, boolean json) {
        JsonLocation at = e.getLocation();
        if (at == null && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
            at = parser.currentLocation();     // the constraints' exceptions carry no location of their own
        }
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "cannot be parsed" : e.getOriginalMessage();
        Problem limit = limit(source, line, column, original, e);
        if (limit != null) {
            return limit;
        }
        if (json) {
            return new Problem(source, line, column, "", "not valid JSON: " + original.lines().findFirst().orElse(""),
                    "check commas, colons, brackets and quotes around this place");
        }
        // SnakeYAML says what it was reading, where that began, then what it found and where; the
        // last mark is the place of the error (Jackson's own location is the last good token).
        List<String> said = new ArrayList<>();
        for (String text : original.lines().toList()) {
            Matcher mark = MARK.matcher(text);
            if (mark.matches()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            } else if (!text.isBlank() && !text.startsWith(" ")) {
                said.add(text.trim());
            }
        }
        String message = said.isEmpty() ? "cannot be parsed"
                : said.size() == 1 ? said.get(0)
                : said.get(said.size() - 1) + " (" + said.get(0) + ")";
        String hint = original.contains("\\t(TAB)") ? "indent with spaces, never tabs"
                : "check indentation, colons and quotes around this place: keys of one mapping start in the same "
                        + "column, and a value goes after 'key: '";
        return new Problem(source, line, column, "", "not valid YAML: " + message, hint);
    }

    /** A limit of the parser (Jackson's StreamReadConstraints, SnakeYAML's nesting), in chipsim's words. */
    private static Problem limit(String source, int line, int column, String original, JsonProcessingException e) {
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        boolean constraint = e instanceof StreamConstraintsException;
        if (lower.contains("nesting depth")) {
            return new Problem(source, line, column, "", "values are nested too deep for chipsim to read",
                    "a scenario needs a few levels (agents.nvidia.setup.inventory.H200); check the brackets");
        }
        if (constraint && lower.contains("number")) {
            return new Problem(source, line, column, "", "a number is written with too many digits",
                    "write it with at most a few dozen digits, e.g. 1.5e12");
        }
        if (constraint || lower.contains("code points")) {
            return new Problem(source, line, column, "", "the file holds a value too long for chipsim to read",
                    "keep texts and names to a few hundred characters; is this the right file?");
        }
        return null;
    }
}
