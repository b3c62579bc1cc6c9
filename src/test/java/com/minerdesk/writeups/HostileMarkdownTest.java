package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.StructuredData;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile Markdown and HTML, saved and published through the editor and previewed: neither the
 * public page nor the preview may carry anything executable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileMarkdownTest {
    static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea", "select",
            "video", "audio", "source", "noscript", "details", "marquee", "isindex", "template", "portal");
    static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href", "srcset",
            "data", "background", "poster", "lowsrc", "dynsrc", "cite");

    TestApp app;
    Browser editor;
    final AtomicInteger counter = new AtomicInteger();

    @BeforeAll
    void start() {
        app = TestApp.empty();
        editor = app.editor();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    static Stream<String> corpus() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "Text <scr<script>ipt>alert(1)</scr</script>ipt> more",
                "<<script>script>alert(1)<</script>/script>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\">",
                "<img src=x onerror=alert(1)//",
                "<img src=x:alert(alt) onerror=eval(src) alt=0>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\"  javascript:alert(1)\">x</a>",
                "<javascript:alert(1)>",
                "[ref link][1]\n\n[1]: javascript:alert(1)",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                "<img srcset=\"https://evil.example/x.png 1x, javascript:alert(1) 2x\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>body{background:red}</style>",
                "<p style=\"position:fixed;top:0;left:0\">overlay</p>",
                "<img src=\"https://ok.example/a.png\" style=\"x:expression(alert(1))\">",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<input onfocus=alert(1) autofocus>",
                "<textarea onfocus=alert(1) autofocus>",
                "<marquee onstart=alert(1)>",
                "<isindex type=image src=1 onerror=alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                "<!--<script>alert(1)</script>-->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<a href=\"https://ok.example\"<script>alert(1)</script>",
                "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <script>alert(1)</script> |",
                "> <a href=\"javascript:alert(1)\">quoted</a>",
                "- item <span onmouseover=alert(1)>hover</span>",
                "`<script>alert(1)</script>` and <template><script>alert(1)</script></template>");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void nothingExecutableReachesThePublicPageOrThePreview(String hostile) {
        String title = "Hostile case " + counter.incrementAndGet();
        long id = Writeups.create(editor, form(title, hostile, "published"));
        HttpResponse<String> page = app.get("/writeups/" + Slugs.of(title, 120));
        assertEquals(200, page.statusCode());
        assertSafe(Jsoup.parse(page.body()), hostile);

        HttpResponse<String> preview = editor.post("/editor/writeups/" + id + "/preview", form(title, hostile, "draft"));
        assertEquals(200, preview.statusCode());
        Document d = Jsoup.parse(preview.body());
        assertNotNull(d.selectFirst(".preview .writeup-body"));
        assertSafe(d, hostile);
    }

    @Test
    void hostileTitlesAndSummariesAreShownAsText() {
        String title = "<script>alert('t')</script> Title";
        Writeups.create(editor, with(form(title, "Body.", "published"), "summary", "<img src=x onerror=alert(1)>"));
        Document d = Jsoup.parse(app.get("/writeups/script-alert-t-script-title").body());
        assertEquals(title, d.selectFirst("h1").text());
        assertEquals("<img src=x onerror=alert(1)>", d.selectFirst(".dek").text());
        assertSafe(d, title);
        assertSafe(Jsoup.parse(app.get("/writeups").body()), title);
        assertSafe(Jsoup.parse(app.get("/search?q=script+title").body()), title);
    }

    @Test
    void theAllowListKeepsFormattingTablesSafeLinksAndHttpsImages() {
        String body = """
                # Heading

                Some *emphasis*, **strong**, ~~not this~~ and `code`.

                1. one
                2. two

                | Ticker | Change |
                |:---|---:|
                | ABTC | −61.22 % |

                [outside](https://example.org/page) [inside](/weeks/2025-11-28) [own host](http://minerdesk.test/x)
                [mail](mailto:desk@example.org) ![chart](https://images.example.org/c.png) ![plain](http://images.example.org/p.png)

                ```java
                int x = 1;
                ```

                > quoted
                """;
        Writeups.create(editor, form("Allowed things", body, "published"));
        Element b = Jsoup.parse(app.get("/writeups/allowed-things").body()).selectFirst(".writeup-body");
        assertEquals("Heading", b.selectFirst("h2").text());
        assertNotNull(b.selectFirst("em"));
        assertNotNull(b.selectFirst("strong"));
        assertEquals(2, b.select("ol li").size());
        assertEquals("align-right", b.select("table td").get(1).className(), "the column's alignment, as a class on the page");
        assertEquals("ABTC", b.selectFirst("table tbody td").text());
        assertEquals("noopener nofollow", b.selectFirst("a[href=https://example.org/page]").attr("rel"));
        assertFalse(b.selectFirst("a[href=/weeks/2025-11-28]").hasAttr("rel"), "own links are followed");
        assertFalse(b.selectFirst("a[href=http://minerdesk.test/x]").hasAttr("rel"));
        assertNotNull(b.selectFirst("a[href=mailto:desk@example.org]"));
        assertNotNull(b.selectFirst("img[src=https://images.example.org/c.png][alt=chart]"));
        assertNull(b.selectFirst("img[src^=http:]"), "images over plain http are dropped");
        assertEquals("language-java", b.selectFirst("pre code").attr("class"));
        assertNotNull(b.selectFirst("blockquote"));
    }

    static void assertSafe(Document d, String input) {
        String why = "input: " + input;
        // the structured-data block, and the editor's page loads the site's own script file; none from the text
        assertTrue(d.select("script").stream().allMatch(s -> StructuredData.isTheSitesBlock(s)
                || s.attr("src").matches("/static/editor\\.[0-9a-f]{12}\\.js")
                        && s.closest(".writeup-body, .preview") == null && s.childNodeSize() == 0), why);
        Element body = d.selectFirst(".writeup-body");
        if (body != null) {
            for (String tag : FORBIDDEN_ELEMENTS) {
                assertTrue(body.select(tag).isEmpty(), tag + " in " + why);
            }
            assertTrue(body.select("[style]").isEmpty(), "style attribute, " + why);
        }
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + " on <" + e.tagName() + ">, " + why);
                if (URL_ATTRIBUTES.contains(name)) {
                    String v = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:")
                            || v.contains(",javascript:") || v.contains("1x,javascript"), name + "=" + a.getValue() + ", " + why);
                }
            }
        }
    }
}
