package com.minerdesk.browser;

import static com.minerdesk.db.generated.Tables.SESSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nothing typed is lost, in Chromium: a new draft saves itself while it is typed (and survives a
 * reload), leaving the page with unsaved changes asks first, and a Save after the session ended shows
 * the text again with an inline sign-in that saves it. Screenshots go to target/screenshots/.
 */
class EditorSafetyJourneyTest extends ChromiumTest {

    @Test
    void aNewDraftSavesItselfWhileTypedAndSurvivesAReload() {
        signIn();
        browser.go("/editor/writeups/new");
        type("title", "Typed, never saved by hand");
        type("body", "A paragraph that must not be lost.");
        WebElement status = browser.driver.findElement(By.id("autosave-status"));
        wait(20).until(d -> status.getText().startsWith("Draft saved"));
        assertTrue(browser.path().matches("/editor/writeups/\\d+"), "the address is the new draft's: " + browser.path());
        browser.screenshot("safety-1-autosaved");
        assertNoOverflowNorForeignRequests("safety-1-autosaved");

        browser.driver.navigate().refresh();
        assertEquals("A paragraph that must not be lost.", browser.driver.findElement(By.id("body")).getAttribute("value"));
        assertEquals("Typed, never saved by hand", browser.driver.findElement(By.id("title")).getAttribute("value"));
        browser.go(browser.path() + "/revisions");
        assertEquals(1, browser.driver.findElements(By.cssSelector("table.revisions tbody tr")).size(), "one revision for the session");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        signIn();
        browser.go("/editor/writeups/new");
        assertEquals(false, leavingAsks(), "nothing typed yet");
        // without a title nothing autosaves, so the change stays unsaved
        type("body", "Half a thought");
        assertEquals(true, leavingAsks(), "unsaved text: the page asks before it is left");
        type("title", "Now with a title");
        WebElement status = browser.driver.findElement(By.id("autosave-status"));
        wait(20).until(d -> status.getText().startsWith("Draft saved"));
        assertEquals(false, leavingAsks(), "autosaved: nothing to lose");
        browser.screenshot("safety-2-guard-released-after-autosave");
    }

    /**
     * Whether leaving would ask: the page's beforeunload handler cancels the event. (ChromeDriver accepts
     * real beforeunload prompts by itself, as WebDriver prescribes, so the event is sent by the test.)
     */
    private Object leavingAsks() {
        return browser.js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    @Test
    void aSaveAfterTheSessionEndedKeepsTheTextAndSignsInInline() {
        signIn();
        browser.go("/editor/writeups/new");
        type("title", "Written over lunch");
        browser.driver.findElement(By.id("status")).sendKeys("Published");
        app.db.dsl().deleteFrom(SESSIONS).execute(); // the session ends while the editor types
        type("summary", "What the afternoon brought.");
        type("body", "Three careful paragraphs.");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Save']")).click();

        WebElement email = wait(20).until(d -> d.findElements(By.id("signin_email")).stream().findFirst().orElse(null));
        assertEquals("Three careful paragraphs.", browser.driver.findElement(By.id("body")).getAttribute("value"));
        assertTrue(browser.driver.findElement(By.cssSelector("p.rescue")).getText().contains("nothing was saved"));
        browser.screenshot("safety-3-session-ended");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        email.sendKeys(TestApp.EDITOR_EMAIL);
        browser.driver.findElement(By.id("signin_password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.xpath("//button[normalize-space()='Save']")).click();
        wait(20).until(d -> browser.path().endsWith("?saved=1"));
        assertEquals("published", browser.driver.findElement(By.cssSelector(".writeup-meta .status")).getText());
        assertEquals("Three careful paragraphs.", browser.driver.findElement(By.id("body")).getAttribute("value"));
        browser.screenshot("safety-4-signed-in-and-saved");
    }

    private void signIn() {
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        browser.go("/login");
        browser.driver.findElement(By.id("email")).sendKeys(TestApp.EDITOR_EMAIL);
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait(20).until(d -> "/editor".equals(browser.path()));
    }

    private void type(String id, String text) {
        browser.driver.findElement(By.id(id)).sendKeys(text);
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }

    private void assertNoOverflowNorForeignRequests(String step) {
        assertEquals(0, browser.horizontalOverflow(), step + ": the page scrolls sideways");
        assertEquals(List.of(), browser.foreignRequests(), step);
    }
}
