package com.minerdesk.writeups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page's title is its h1, so a write-up's own headings start at h2, and they look like headings. */
class WriteupHeadingsTest {

    @Test
    void markdownHeadingsAreShiftedOneLevelDownAndCappedAtH6() {
        String markdown = "# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\nSetext\n======\n";
        assertEquals(List.of("h2 One", "h3 Two", "h4 Three", "h5 Four", "h6 Five", "h6 Six", "h2 Setext"), headings(markdown));
    }

    @Test
    void aHeadingIsNeverMoreThanOneLevelBelowTheOneBefore() {
        assertEquals(List.of("h2 Starts low", "h3 Skips", "h2 Top", "h3 Jump", "h4 Jump again", "h3 Back up"),
                headings("## Starts low\n\n#### Skips\n\n# Top\n\n### Jump\n\n###### Jump again\n\n## Back up\n"));
    }

    @Test
    void eachBodyHeadingLevelIsLargerThanTheBodyTextAndThanTheLevelBelow() throws Exception {
        String css = Files.readString(Path.of("static/style.css"));
        double body = fontSize(css, "\\.writeup-body");
        List<Double> sizes = new ArrayList<>();
        for (int level = 2; level <= 6; level++) {
            sizes.add(fontSize(css, "\\.writeup-body h" + level));
        }
        double below = body;
        for (int i = sizes.size() - 1; i >= 0; i--) {
            assertTrue(sizes.get(i) > below, "h" + (i + 2) + " at " + sizes.get(i) + "rem is not larger than " + below + "rem");
            below = sizes.get(i);
        }
    }

    private static List<String> headings(String markdown) {
        String html = WriteupRenderer.forSite("http://minerdesk.test").render(markdown, new RenderContext(null, null)).html();
        return Jsoup.parseBodyFragment(html).select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName() + " " + h.text()).toList();
    }

    /** The font-size in rem of the stylesheet's rule for exactly this selector. */
    private static double fontSize(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + selector + " \\{[^}]*font-size: ([0-9.]+)rem").matcher(css);
        assertTrue(m.find(), "no font-size for " + selector);
        return Double.parseDouble(m.group(1));
    }
}
