package com.minerdesk.writeups;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** The page's title is its only h1: headings in a body start at h2. */
final class ShiftHeadings implements RenderStep {

    @Override
    public void onDocument(Node document, RenderContext context) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
    }
}
