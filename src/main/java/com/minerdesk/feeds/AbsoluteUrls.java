package com.minerdesk.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.Handler;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;

/**
 * Makes every link and image URL of an HTML fragment absolute, resolved against the page the
 * fragment belongs to, because a feed reader shows it away from the site. The fragment is re-lexed
 * and re-rendered by the OWASP sanitizer's HTML lexer and renderer, so no markup is built by hand.
 */
final class AbsoluteUrls {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "poster", "action");

    private AbsoluteUrls() {
    }

    static String resolve(String html, String pageUrl) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        URI base = URI.create(pageUrl);
        StringBuilder out = new StringBuilder(html.length() + 64);
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, Handler.DO_NOTHING);
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
                renderer.openDocument();
            }

            @Override
            public void closeDocument() {
                renderer.closeDocument();
            }

            @Override
            public void openTag(String element, List<String> attrs) {
                List<String> rewritten = new ArrayList<>(attrs.size());
                for (int i = 0; i + 1 < attrs.size(); i += 2) {
                    String name = attrs.get(i);
                    String value = attrs.get(i + 1);
                    rewritten.add(name);
                    rewritten.add(URL_ATTRIBUTES.contains(name) ? absolute(base, value) : value);
                }
                renderer.openTag(element, rewritten);
            }

            @Override
            public void closeTag(String element) {
                renderer.closeTag(element);
            }

            @Override
            public void text(String text) {
                renderer.text(text);
            }
        });
        return out.toString();
    }

    /** The URL resolved against {@code base}; a value that is not a URL is left as it is. */
    static String absolute(URI base, String value) {
        String v = value.trim();
        try {
            return base.resolve(new URI(v)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }
}
