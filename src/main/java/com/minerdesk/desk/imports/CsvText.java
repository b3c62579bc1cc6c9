package com.minerdesk.desk.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes an uploaded file as UTF-8 text without a byte-order mark, and maps character positions
 * to file line numbers (LF, CRLF and lone CR each end a line).
 */
final class CsvText {
    private final String text;
    private final int[] lineStarts;

    private CsvText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    static CsvText decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableFileException("The file is empty.");
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("The file is not a CSV text file (it is not UTF-8 text).");
        }
        if (s.indexOf('\0') >= 0) {
            throw new UnreadableFileException("The file is not a CSV text file (it contains binary data).");
        }
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            throw new UnreadableFileException("The file is empty.");
        }
        return new CsvText(s);
    }

    String text() {
        return text;
    }

    /**
     * The 1-based line number where a record starts. commons-csv gives the position where it began
     * reading the record, before the empty lines it skips, so those are skipped here too.
     */
    int lineOfRecordAt(long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
            p++;
        }
        int i = Arrays.binarySearch(lineStarts, p);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int[] lineStarts(String s) {
        int[] starts = new int[1024];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}
