package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The start of an editor's way in Chromium: the sign-in form to the editor's dashboard, on a desktop
 * and on a phone, with no serious accessibility violation on either page.
 */
class EditorJourneyTest extends ChromiumTest {

    @Test
    void editorSignsInOnADesktop() {
        signIn("editor-desktop");
    }

    @Test
    void editorSignsInOnAPhone() {
        browser.phone();
        signIn("editor-phone");
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
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "/editor".equals(browser.path()));
        assertEquals("/editor", browser.path());
        browser.screenshot(name + "-2-dashboard");
        assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Signed in as Erin Editor"));
        assertTrue(browser.driver.findElement(By.cssSelector(".nav-account button")).isDisplayed(), "sign-out button");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        assertEquals(0, browser.horizontalOverflow());
        assertEquals(List.of(), browser.foreignRequests());
    }
}
