package com.minerdesk.live.factcheck;

import java.util.Arrays;

/** The 1-based line of an offset, by binary search in the offsets where lines start. */
final class LineNumbers {
    private final int[] starts;

    LineNumbers(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    int of(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
