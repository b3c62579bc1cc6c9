package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages this round added, in Chromium: the indexes, the 404 page, the profile, the confirmation
 * steps, the accounts page with an invitation link and the invitation itself; each light and dark, with
 * no serious axe violation, nothing wider than the screen, and a screenshot in target/screenshots/.
 */
class NewPagesTest extends ChromiumTest {

    @Test
    void everyNewPageIsAccessibleInBothSchemes() {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (String path : List.of("/tags", "/authors", "/no-such-page")) {
                check(path, "new-" + scheme + path.replace('/', '-'), problems);
            }
        }
        app.createUser(TestApp.ADMIN_EMAIL, "Ada Admin", "admin");
        browser.go("/login");
        browser.driver.findElement(By.id("email")).sendKeys(TestApp.ADMIN_EMAIL);
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "/editor".equals(browser.path()));
        browser.colorScheme("light");
        for (String path : List.of("/editor/profile", "/editor/writeups/1/delete", "/editor/writeups/1/revisions/1/restore",
                "/editor/pivots/1/delete")) {
            check(path, "new-editor" + path.replace('/', '-'), problems);
        }
        browser.go("/editor/accounts");
        browser.driver.findElement(By.id("invite-email")).sendKeys("invited@example.com");
        browser.driver.findElement(By.id("invite-name")).sendKeys("Ivy Invited");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Make an invitation link']")).click();
        String link = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("invitation-link")).stream().findFirst().orElse(null)).getAttribute("value");
        check(null, "new-editor-accounts-invitation-link", problems);
        browser.driver.findElement(By.cssSelector(".nav-account button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "/".equals(browser.path()));
        browser.colorScheme("dark");
        check(link.substring(link.indexOf("/invite/")), "new-dark-invitation", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(String path, String screenshot, List<String> problems) {
        if (path != null) {
            browser.go(path);
        }
        browser.screenshot(screenshot);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(screenshot + " " + v));
        if (browser.horizontalOverflow() > 0) {
            problems.add(screenshot + " scrolls sideways");
        }
        browser.foreignRequests().forEach(u -> problems.add(screenshot + " loaded " + u));
        assertEquals(1, browser.driver.findElements(By.tagName("h1")).size(), screenshot);
    }
}
