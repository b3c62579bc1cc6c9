package com.minerdesk.writeups;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The page's title is its only h1: headings in a body start at h2 ({@code #} is h2, {@code ##} h3, up
 * to h6). A heading is never more than one level below the one before it (the title counts as h1), so a
 * text that starts at {@code ##} or jumps from {@code #} to {@code ###} still has its headings in order.
 */
final class ShiftHeadings implements RenderStep {

    @Override
    public void onDocument(Node document, RenderContext context) {
        document.accept(new AbstractVisitor() {
            private int previous = 1;

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(Math.min(6, heading.getLevel() + 1), previous + 1));
                previous = heading.getLevel();
                visitChildren(heading);
            }
        });
    }
}
