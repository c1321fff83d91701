package chipsim.runner.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an input file (a scenario, a sweep, a game), checked before any parser sees it:
 * UTF-8, no control characters, at most {@link #MAX_CHARS} bytes (or characters, read from a
 * reader) and {@link #MAX_LINE_CHARS}
 * on one line. The limits are far above any real scenario (the shipped ones are about 10 kB with
 * lines under 150 characters) and keep a runaway file from hanging the YAML scanner, whose time
 * grows faster than linearly on a very long line. docs/scenarios.md states them.
 */
final class InputText {

    /** 1 MiB of text. */
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_LINE_CHARS = 10_000;

    private InputText() {}

    /** A file's bytes as text; a byte that is not UTF-8 is placed at its line and column. */
    static String decode(String source, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_CHARS) {
            throw tooLarge(source, bytes.length + " bytes");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw notText(source, out.toString(),
                    String.format("byte 0x%02X is not UTF-8", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return check(source, out.toString());
    }

    /** All of a reader's text, stopping early when it passes the limit. */
    static String read(String source, Reader reader) throws ScenarioException, IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw tooLarge(source, "more than " + MAX_CHARS + " characters");
                }
            }
        } catch (CharacterCodingException e) {
            throw notText(source, text.toString(), null);
        }
        return check(source, text.toString());
    }

    private static String check(String source, String text) throws ScenarioException {
        if (text.length() > MAX_CHARS) {
            throw tooLarge(source, text.length() + " characters");
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (i - lineStart >= MAX_LINE_CHARS) {
                throw ScenarioException.of(new Problem(source, line, 1, "",
                        "line " + line + " is longer than " + MAX_LINE_CHARS + " characters",
                        "break it into shorter lines; a long text can be written as a folded block (key: >) "
                                + "over several lines"));
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                throw ScenarioException.of(new Problem(source, line, i - lineStart + 1, "",
                        String.format("holds the control character U+%04X, so it is not a text file", (int) c),
                        "give a scenario written as YAML or JSON text; is this the right file?"));
            }
        }
        return text;
    }

    static ScenarioException tooLarge(String source, String size) {
        return ScenarioException.of(new Problem(source, 0, 0, "",
                "the file is too large (" + size + "); an input file may hold at most 1 MiB (" + MAX_CHARS
                        + " bytes)",
                "is this the right file? Scenarios are a few kB; split long data into several scenarios with base:"));
    }

    private static ScenarioException notText(String source, String before, String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return ScenarioException.of(new Problem(source, line, column, "",
                "the file is not UTF-8 text" + (what == null ? "" : " (" + what + ")")
                        + ": a binary file, or text saved in another encoding?",
                "save it as UTF-8 (most editors offer it under 'Save as'); or is this the wrong file?"));
    }
}
