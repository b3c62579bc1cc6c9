package com.minerdesk.live;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown and sanitising as the write-ups feature does them (CommonMark + GFM tables, an OWASP
 * allow-list without SVG), with this feature's steps around them: prepare before, render after.
 */
final class WriteupPipelineStandIn {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "del", "s", "sup", "sub", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "span", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .toFactory();

    private WriteupPipelineStandIn() {
    }

    /** What the write-up stores at save: sanitised HTML that still holds the markers. */
    static String stored(String markdown) {
        return POLICY.sanitize(HTML.render(PARSER.parse(LiveContent.prepare(markdown).markdown())));
    }
}
