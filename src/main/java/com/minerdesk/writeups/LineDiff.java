package com.minerdesk.writeups;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line-by-line difference between two texts (java-diff-utils), as rows for a table. */
final class LineDiff {

    /** One row: {@code kind} is "same", "removed" or "added"; line numbers are 1-based, 0 when absent. */
    public record Line(String kind, int oldNumber, int newNumber, String text) {
        public String sign() {
            return switch (kind) {
                case "removed" -> "−";
                case "added" -> "+";
                default -> " ";
            };
        }
    }

    private LineDiff() {
    }

    static List<Line> between(String oldText, String newText) {
        List<String> before = lines(oldText);
        List<String> after = lines(newText);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            while (i < start) {
                out.add(new Line("same", i + 1, j + 1, before.get(i)));
                i++;
                j++;
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new Line("removed", ++i, 0, line));
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new Line("added", 0, ++j, line));
            }
        }
        while (i < before.size()) {
            out.add(new Line("same", i + 1, j + 1, before.get(i)));
            i++;
            j++;
        }
        return out;
    }

    static boolean anyChange(List<Line> lines) {
        return lines.stream().anyMatch(l -> !l.kind().equals("same"));
    }

    private static List<String> lines(String text) {
        return Arrays.asList((text == null ? "" : text).split("\n", -1));
    }
}
