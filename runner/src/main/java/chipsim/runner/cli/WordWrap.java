package chipsim.runner.cli;

import java.util.ArrayList;
import java.util.List;

/** Greedy wrapping at spaces: a word longer than a line keeps a line of its own, whole. */
final class WordWrap {

    private WordWrap() {}

    /**
     * @param first the room on the first line
     * @param rest  the room on every later line
     * @return each line as [start, end) into {@code text}, spaces at the breaks left out
     */
    static List<int[]> lines(String text, int first, int rest) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int room = Math.max(1, first);
        while (true) {
            if (text.length() - start <= room) {
                lines.add(new int[] {start, text.length()});
                return lines;
            }
            int end = text.lastIndexOf(' ', start + room);
            if (end <= start) {
                end = text.indexOf(' ', start + room);
                if (end < 0) {
                    lines.add(new int[] {start, text.length()});
                    return lines;
                }
            }
            int last = end;
            while (last > start && text.charAt(last - 1) == ' ') {
                last--;
            }
            lines.add(new int[] {start, last});
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start == text.length()) {
                return lines;
            }
            room = Math.max(1, rest);
        }
    }
}
