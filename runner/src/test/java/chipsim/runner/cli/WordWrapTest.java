package chipsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordWrapTest {

    private static List<String> wrap(String text, int first, int rest) {
        return WordWrap.lines(text, first, rest).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void breaksAtTheLastSpaceThatFitsNeverInsideAWord() {
        assertEquals(List.of("E.g. --set", "washington.params.revenueShare=0.25", "--set x=1"),
                wrap("E.g. --set washington.params.revenueShare=0.25 --set x=1", 12, 12));
    }

    @Test
    void laterLinesHaveTheirOwnRoomAndShortTextIsOneLine() {
        assertEquals(List.of("aaa bbb", "ccc", "ddd"), wrap("aaa bbb ccc ddd", 7, 4));
        assertEquals(List.of("short"), wrap("short", 80, 80));
        assertEquals(List.of("a", "b"), wrap("a   b", 2, 2));
    }
}
