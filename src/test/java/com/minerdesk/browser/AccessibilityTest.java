package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.PublicPages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core in Chromium over one public page of each kind, in the light and the dark colour scheme and
 * at phone width: no serious or critical violation (contrast AA included), no page wider than the
 * screen, nothing loaded from another host.
 */
class AccessibilityTest extends ChromiumTest {
    static List<String> pages;

    @BeforeAll
    static void findPages() {
        Set<String> kinds = new LinkedHashSet<>(PublicPages.oneOfEachKind(PublicPages.crawl(app).keySet()));
        kinds.add("/companies/APLD");
        kinds.addAll(List.of(PublicPages.UNLINKED_PAGES).subList(0, 2));
        pages = List.copyOf(kinds);
    }

    @Test
    void lightSchemeOnADesktopHasNoSeriousViolations() {
        browser.colorScheme("light");
        assertClean("light");
    }

    @Test
    void darkSchemeOnADesktopHasNoSeriousViolations() {
        browser.colorScheme("dark");
        assertClean("dark");
    }

    @Test
    void phoneWidthHasNoSeriousViolationsAndNoSidewaysScroll() {
        browser.phone();
        browser.colorScheme("light");
        assertClean("phone");
    }

    @Test
    void theCheckFindsAViolationWhenThereIsOne() {
        browser.go("/");
        browser.js("const img = document.createElement('img'); img.src = '/static/favicon.svg';"
                + "document.querySelector('main').appendChild(img);");
        List<String> violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.stream().anyMatch(v -> v.contains("image-alt")), violations.toString());
    }

    private void assertClean(String label) {
        assertTrue(pages.size() >= 7, pages.toString());
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.go(page);
            boolean dark = (Boolean) browser.js("return matchMedia('(prefers-color-scheme: dark)').matches");
            if (dark != label.equals("dark")) {
                problems.add(page + ": the colour scheme preference was not applied");
            }
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + " " + v));
            long overflow = browser.horizontalOverflow();
            if (overflow > 0) {
                problems.add(page + " is " + overflow + " px wider than the screen");
            }
            browser.foreignRequests().forEach(u -> problems.add(page + " loaded " + u));
        }
        assertTrue(problems.isEmpty(), label + ":\n" + String.join("\n", problems));
    }
}
