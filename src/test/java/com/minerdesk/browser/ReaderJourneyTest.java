package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A reader's way through the site in Chromium, on a desktop and on a 360 px phone: the home page,
 * the week's miner table, sorting it by change, the company that fell most, a write-up on it, and
 * the feed link below the write-up. Screenshots of each step go to target/screenshots/.
 */
class ReaderJourneyTest extends ChromiumTest {
    @Test
    void readerGoesFromHomeToTheWeekToAbtcToAWriteupAndItsFeedOnADesktop() {
        readerJourney("reader-desktop", ".chart-wide");
    }

    @Test
    void readerGoesFromHomeToTheWeekToAbtcToAWriteupAndItsFeedOnAPhone() {
        browser.phone();
        readerJourney("reader-phone", ".chart-narrow");
    }

    private void readerJourney(String name, String visibleChart) {
        browser.go("/");
        step(name + "-1-home");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("week ending 28 Nov 2025"));
        List<WebElement> charts = browser.driver.findElements(By.cssSelector(visibleChart + " svg[role=img]"));
        assertEquals(2, charts.size());
        charts.forEach(c -> assertTrue(c.isDisplayed(), "chart shown: " + c.getAttribute("id")));
        assertEquals("Sector market cap by week", charts.get(0).findElement(By.tagName("title")).getAttribute("textContent"));

        browser.driver.findElement(By.partialLinkText("full miner table")).click();
        assertEquals("/weeks/2025-11-28", browser.path());
        step(name + "-2-week");
        assertEquals("APLD", firstTicker(), "sorted by change, biggest gain first");

        browser.driver.findElement(By.cssSelector("#miner-table thead a[href*='sort=change']")).click();
        assertEquals("/weeks/2025-11-28?sort=change&dir=asc#miner-table", browser.path(), "the sorted page opens at the table");
        step(name + "-3-sorted-by-change");
        assertEquals("ABTC", firstTicker(), "the biggest fall first");
        assertEquals("ascending", browser.driver.findElement(By.cssSelector("#miner-table th[aria-sort]")).getAttribute("aria-sort"));
        assertTrue(browser.driver.findElement(By.cssSelector("#miner-table tbody tr")).getText().contains("\u221261.22 %"));

        browser.driver.findElement(By.cssSelector("#miner-table tbody tr:first-child th a")).click();
        assertEquals("/companies/ABTC", browser.path());
        step(name + "-4-abtc");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("American Bitcoin Corp."));
        WebElement chart = browser.driver.findElement(By.cssSelector(visibleChart + " svg[role=img]"));
        assertTrue(chart.isDisplayed());
        assertTrue(chart.findElement(By.tagName("desc")).getAttribute("textContent").contains("$2.23"));

        browser.driver.findElement(By.linkText("Miners slide while bitcoin nears $91,000")).click();
        assertEquals("/writeups/miners-slide-while-bitcoin-nears-91000", browser.path());
        step(name + "-5-writeup");
        assertTrue(browser.driver.findElement(By.cssSelector(".writeup-body")).getText().contains("61.22 %"));

        WebElement feedLink = browser.driver.findElement(By.cssSelector("aside.follow a[href='/feed.xml']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", feedLink);
        assertTrue(feedLink.isDisplayed(), "the feed link is on screen");
        assertEquals("RSS feed", feedLink.getText());
        step(name + "-6-feed-link");
        String feed = browser.fetchText(feedLink.getAttribute("href"));
        assertTrue(feed.contains("<rss") && feed.contains("<title>Miners slide while bitcoin nears $91,000</title>"),
                feed.substring(0, Math.min(400, feed.length())));
    }

    /** Every step: a screenshot, nothing wider than the screen, nothing from another host. */
    private void step(String screenshot) {
        browser.screenshot(screenshot);
        assertEquals(0, browser.horizontalOverflow(), screenshot + ": the page scrolls sideways");
        assertEquals(List.of(), browser.foreignRequests(), screenshot);
    }

    private String firstTicker() {
        return browser.driver.findElement(By.cssSelector("#miner-table tbody tr th")).getText();
    }

    @Test
    void aKeyboardReaderMeetsTheSkipLinkFirstAndSeesWhereFocusIs() {
        browser.go("/");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertTrue((Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + "return r.left >= 0 && r.top >= 0 && r.width > 0 && r.right <= innerWidth;", skip), "skip link on screen");
        assertEquals("solid", browser.js("return getComputedStyle(arguments[0]).outlineStyle", skip));
        browser.screenshot("keyboard-skip-link");
        new Actions(browser.driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        WebElement navLink = browser.driver.switchTo().activeElement();
        assertEquals("Home", navLink.getText());
        assertEquals("solid", browser.js("return getComputedStyle(arguments[0]).outlineStyle", navLink));
        assertTrue(((Number) browser.js("return parseFloat(getComputedStyle(arguments[0]).outlineWidth)", navLink)).doubleValue() >= 2);
    }

    @Test
    void darkPreferenceGetsTheDarkThemeAndPrintDropsTheChrome() {
        browser.colorScheme("dark");
        browser.go("/economics");
        browser.screenshot("economics-dark");
        String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(18, 19, 22)", background);
        browser.printMedia();
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.site-header')).display"));
        assertEquals("block", browser.js("return getComputedStyle(document.querySelector('.chart-wide')).display"));
    }
}
