package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor's way in Chromium, on a desktop and on a phone: signs in, writes a draft with a live
 * placeholder and one wrong figure, previews it, sees the fact-check warning, publishes anyway, and
 * finds the write-up leading the home page and in the site's RSS feed. Screenshots go to
 * target/screenshots/.
 */
class EditorJourneyTest extends ChromiumTest {

    @Test
    void editorWritesPreviewsPublishesAndFindsTheWriteupOnADesktop() {
        journey("editor-desktop", "ABTC slides on unlock day");
    }

    @Test
    void editorWritesPreviewsPublishesAndFindsTheWriteupOnAPhone() {
        browser.phone();
        journey("editor-phone", "ABTC slides on unlock day, seen on a phone");
    }

    private void journey(String name, String title) {
        signIn(name);

        browser.driver.findElement(By.linkText("New write-up")).click();
        waitForPath("/editor/writeups/new");
        browser.driver.findElement(By.id("title")).sendKeys(title);
        browser.driver.findElement(By.id("summary")).sendKeys("The unlock and what it did to the share price.");
        browser.driver.findElement(By.id("body")).sendKeys(
                "ABTC fell {{ABTC.change}} in the week, the worst of the sector.\n\nAPLD rose 12.00 % this week.");
        browser.driver.findElement(By.id("tags")).sendKeys("weekly");
        browser.driver.findElement(By.id("week")).sendKeys("2025-11-28");
        step(name + "-3-draft");

        browser.driver.findElement(By.xpath("//button[normalize-space()='Preview']")).click();
        WebElement preview = waitFor(By.cssSelector("section.preview .writeup-body"));
        assertTrue(preview.getText().contains("ABTC fell \u221261.22 % in the week"), preview.getText());
        WebElement check = browser.driver.findElement(By.cssSelector("#figure-check .mismatches"));
        assertTrue(check.getText().contains("APLD"), check.getText());
        assertTrue(check.getText().contains("15.20 %"), "the warning gives the figure in the data: " + check.getText());
        browser.js("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(By.id("figure-check")));
        step(name + "-4-preview-and-fact-check");

        new Select(browser.driver.findElement(By.id("status"))).selectByValue("published");
        WebElement anyway = browser.driver.findElement(By.name("acknowledge"));
        if (!anyway.isSelected()) {
            anyway.click();
        }
        browser.driver.findElement(By.xpath("//button[normalize-space()='Save']")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.path().endsWith("?saved=1"));
        assertTrue(browser.path().matches("/editor/writeups/\\d+\\?saved=1"), browser.path());
        assertEquals("Saved.", browser.driver.findElement(By.cssSelector("p.notice")).getText());
        assertEquals("published", browser.driver.findElement(By.cssSelector(".writeup-meta .status")).getText());
        step(name + "-5-published");

        browser.go("/");
        WebElement lead = browser.driver.findElement(By.cssSelector(".lead-writeup h2 a"));
        assertEquals(title, lead.getText());
        step(name + "-6-home");
        lead.click();
        WebElement body = waitFor(By.cssSelector(".writeup-body"));
        assertTrue(body.getText().contains("\u221261.22 %"), body.getText());
        assertFalse(browser.driver.getPageSource().contains("{{"), "no raw placeholder on the public page");
        step(name + "-7-writeup");

        String feed = browser.fetchText("/feed.xml");
        assertTrue(feed.contains("<title>" + title + "</title>"), feed.substring(0, Math.min(600, feed.length())));
        assertTrue(feed.contains("61.22 %"), "the feed item carries the live figure");
    }

    private void signIn(String name) {
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        browser.go("/login");
        browser.screenshot(name + "-1-sign-in");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        browser.driver.findElement(By.id("email")).sendKeys(TestApp.EDITOR_EMAIL);
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        // The click returns before the sign-in's redirect has been followed when the machine is busy.
        waitForPath("/editor");
        step(name + "-2-dashboard");
        assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Signed in as Erin Editor"));
        assertTrue(browser.driver.findElement(By.cssSelector(".nav-account button")).isDisplayed(), "sign-out button");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> path.equals(browser.path()));
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(what);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Every step: a screenshot, nothing wider than the screen, nothing from another host. */
    private void step(String screenshot) {
        browser.screenshot(screenshot);
        assertEquals(0, browser.horizontalOverflow(), screenshot + ": the page scrolls sideways");
        assertEquals(List.of(), browser.foreignRequests(), screenshot);
    }
}
