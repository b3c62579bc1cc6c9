package com.minerdesk.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inline code as CommonMark reads it: a run of backticks opens a span that the next run of the
 * same length closes; a run nothing closes is plain text. Found in one pass over the runs, since
 * looking ahead from every run for its closer would be quadratic in a text of many backticks.
 */
final class CodeSpans {
    private CodeSpans() {
    }

    static void blank(StringBuilder s) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) != '`') {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) == '`') {
                i++;
            }
            runs.add(new int[] {start, i});
        }
        int[] closer = new int[runs.size()];
        Map<Integer, Integer> nextOfLength = new HashMap<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            int length = runs.get(r)[1] - runs.get(r)[0];
            closer[r] = nextOfLength.getOrDefault(length, -1);
            nextOfLength.put(length, r);
        }
        for (int r = 0; r < runs.size(); r++) {
            if (closer[r] >= 0) {
                ProseText.blank(s, runs.get(r)[0], runs.get(closer[r])[1]);
                r = closer[r];
            }
        }
    }
}
