package com.minerdesk.writeups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScrollingTablesTest {
    @Test
    void everyTableGetsAFocusableScrollingBox() {
        assertEquals("<p>a</p><div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table><tr><td>1</td></tr>"
                + "</table></div><div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table class=\"x\"></table></div>",
                ScrollingTables.wrap("<p>a</p><table><tr><td>1</td></tr></table><table class=\"x\"></table>"));
    }

    @Test
    void aColumnsAlignmentBecomesAClass() {
        assertEquals("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table><tr>"
                + "<th class=\"align-right\">a</th><td class=\"align-center\">b</td><td>c</td></tr></table></div>",
                ScrollingTables.wrap("<table><tr><th align=\"right\">a</th><td align=\"center\">b</td><td>c</td></tr></table>"));
    }

    @Test
    void escapedTextThatLooksLikeATableIsLeftAlone() {
        String text = "<p>Write &lt;table&gt; to start a table; &lt;/table&gt; ends it.</p>";
        assertEquals(text, ScrollingTables.wrap(text));
    }
}
