package com.minerdesk.live;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's Markdown before it is rendered: every {@code {{…}}} becomes a marker (so that no raw
 * braces ever reach a page), blocks get blank lines around them so that Markdown makes them a
 * paragraph of their own, and every problem is reported with its line.
 */
public final class LiveSource {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final String TYPED_PREFIX = "%\u2060%live:";
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private LiveSource() {
    }

    /** The Markdown to render, the valid placeholders and the errors, in the order written. */
    public record Prepared(String markdown, List<WrittenPlaceholder> placeholders, List<PlaceholderError> errors) {
    }

    public static Prepared prepare(String markdown) {
        String[] lines = neutraliseTypedMarkers(markdown == null ? "" : markdown).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<WrittenPlaceholder> found = new ArrayList<>();
        List<PlaceholderError> errors = new ArrayList<>();
        String openFence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                String f = fence.group(1);
                if (openFence == null) {
                    openFence = f;
                } else if (f.charAt(0) == openFence.charAt(0) && f.length() >= openFence.length()) {
                    openFence = null;
                }
            }
            out.append(prepareLine(line, lineNo, openFence != null, found, errors));
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new Prepared(out.toString(), List.copyOf(found), List.copyOf(errors));
    }

    private static String prepareLine(String line, int lineNo, boolean inCode, List<WrittenPlaceholder> found,
            List<PlaceholderError> errors) {
        if (!line.contains("{{")) {
            return line;
        }
        // an opener after the last "}}" cannot close: leaving it out of the region keeps the search linear
        int searchEnd = line.lastIndexOf("}}") + 2;
        Matcher m = PLACEHOLDER.matcher(line).region(0, Math.max(searchEnd, 0));
        StringBuilder out = new StringBuilder();
        int last = 0;
        int count = 0;
        boolean aloneOnLine = false;
        while (m.find()) {
            count++;
            aloneOnLine = count == 1 && line.substring(0, m.start()).isBlank() && line.substring(m.end()).isBlank();
        }
        m.reset();
        m.region(0, Math.max(searchEnd, 0));
        while (m.find()) {
            out.append(unclosed(line.substring(last, m.start()), lineNo, errors));
            String written = m.group();
            PlaceholderSyntax.Parsed parsed = PlaceholderSyntax.parse(m.group(1));
            if (!parsed.ok()) {
                errors.add(new PlaceholderError(lineNo, written, parsed.error()));
                out.append(LiveMarkers.errorMarker());
            } else if (parsed.placeholder() instanceof Placeholder.Block block) {
                if (inCode) {
                    errors.add(new PlaceholderError(lineNo, written, written + " cannot stand inside a code block"));
                    out.append(LiveMarkers.errorMarker());
                } else if (count != 1 || !aloneOnLine) {
                    errors.add(new PlaceholderError(lineNo, written, written + " must stand on a line of its own"));
                    out.append(LiveMarkers.errorMarker());
                } else {
                    found.add(new WrittenPlaceholder(block, lineNo, written));
                    String indent = line.substring(0, m.start());
                    return "\n" + indent + LiveMarkers.marker(block.expression()) + "\n";
                }
            } else {
                found.add(new WrittenPlaceholder(parsed.placeholder(), lineNo, written));
                out.append(LiveMarkers.marker(parsed.placeholder().expression()));
            }
            last = m.end();
        }
        out.append(unclosed(line.substring(last), lineNo, errors));
        return out.toString();
    }

    /**
     * A marker typed by hand ({@code %%live:chart:X%%}) would be evaluated like one made from a
     * placeholder, past every check; an invisible word joiner keeps it the text it looks like.
     */
    static String neutraliseTypedMarkers(String markdown) {
        return markdown.replace(LiveMarkers.PREFIX, TYPED_PREFIX);
    }

    /** A "{{" that is never closed on its line is an error too, and never shown raw. */
    private static String unclosed(String text, int lineNo, List<PlaceholderError> errors) {
        if (!text.contains("{{")) {
            return text;
        }
        errors.add(new PlaceholderError(lineNo, "{{", "a {{ that is not closed by }} on the same line"));
        return text.replace("{{", LiveMarkers.errorMarker());
    }
}
