package com.minerdesk.writeups;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for write-up HTML: formatting, headings, lists, tables, links (http, https, mailto)
 * and images (https, or uploaded to this site). Everything else (scripts, event handlers, styles, frames, SVG, other URL
 * schemes) is dropped. Links leaving the site get {@code rel="noopener nofollow"}.
 */
final class HtmlPolicy {
    /** An image over https, or one uploaded to this site (images/ImagePaths: its content hash and extension). */
    private static final Pattern IMAGE_SRC = Pattern.compile("(?i)^https://[^\\s]+$|^/images/[0-9a-f]{64}\\.(png|jpg)$");
    private static final Pattern ALIGN = Pattern.compile("(?i)^(left|center|right)$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,6}$");
    private static final Pattern CODE_CLASS = Pattern.compile("^language-[a-zA-Z0-9_+#-]{1,30}$");
    private static final Pattern CSS_CLASSES = Pattern.compile("^[a-z0-9_ -]{1,100}$");
    private static final Pattern SHORT_TEXT = Pattern.compile("^[^<>]{0,300}$");

    private HtmlPolicy() {
    }

    static PolicyFactory forSite(String siteHost) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                        "em", "strong", "b", "i", "del", "s", "sup", "sub", "ul", "ol", "li",
                        "table", "thead", "tbody", "tr", "th", "td", "span")
                .allowElements(externalLinks(siteHost), "a")
                .allowElements("img")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .allowAttributes("title").matching(SHORT_TEXT).onElements("a", "img")
                .allowAttributes("src").matching(IMAGE_SRC).onElements("img")
                .allowAttributes("alt").matching(SHORT_TEXT).onElements("img")
                .allowAttributes("align").matching(ALIGN).onElements("th", "td")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("class").matching(CODE_CLASS).onElements("code")
                .allowAttributes("class").matching(CSS_CLASSES).onElements("span", "a")
                .toFactory();
    }

    /** Adds rel="noopener nofollow" to links whose host is not the site's own. */
    private static ElementPolicy externalLinks(String siteHost) {
        return (name, attrs) -> {
            int href = attrs.indexOf("href");
            if (href >= 0 && href % 2 == 0 && isExternal(attrs.get(href + 1), siteHost)) {
                attrs.addAll(List.of("rel", "noopener nofollow"));
            }
            return name;
        };
    }

    static boolean isExternal(String href, String siteHost) {
        try {
            URI uri = new URI(href.trim());
            String scheme = uri.getScheme();
            if (scheme != null && !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
                return false;
            }
            if (scheme == null && uri.getHost() == null) {
                return false;
            }
            return uri.getHost() == null || !uri.getHost().toLowerCase(Locale.ROOT).equals(siteHost);
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
