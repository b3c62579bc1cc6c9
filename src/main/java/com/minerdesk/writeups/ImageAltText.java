package com.minerdesk.writeups;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Every image of a write-up needs alt text, the words a screen reader says instead of it:
 * {@code ![](…)} is refused on publishing, naming its line. The tree is walked with a stack, not
 * recursion, so a deeply nested text cannot overflow here (the renderer answers that one).
 */
final class ImageAltText {
    static final String MISSING = "The image on line %d has no alt text: write what it shows between the brackets, ![like this](…).";
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private ImageAltText() {
    }

    /** The line of the first image written without alt text, if any. */
    static OptionalInt firstLineWithout(String markdown) {
        if (!markdown.contains("![")) {
            return OptionalInt.empty();
        }
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError tooDeep) {
            return OptionalInt.empty();
        }
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Image image && text(image).isBlank()) {
                return OptionalInt.of(image.getSourceSpans().isEmpty() ? 1 : image.getSourceSpans().get(0).getLineIndex() + 1);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                todo.push(child);
            }
        }
        return OptionalInt.empty();
    }

    private static String text(Node image) {
        StringBuilder text = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(image);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                todo.push(child);
            }
        }
        return text.toString();
    }
}
