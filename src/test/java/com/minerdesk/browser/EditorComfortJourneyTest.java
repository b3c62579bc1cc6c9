package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The write-up form's comforts in Chromium: the preview beside the text on a wide screen (above it on a
 * phone), line numbers beside the text with a "go to line" on each error, and the insert menu of live
 * placeholders. Screenshots go to target/screenshots/.
 */
class EditorComfortJourneyTest extends ChromiumTest {

    @Test
    void previewBesideTheTextLineNumbersAndTheInsertMenu() {
        signIn();
        browser.go("/editor/writeups/new");
        browser.driver.findElement(By.id("title")).sendKeys("Comfort");
        browser.driver.findElement(By.id("week")).sendKeys("2025-11-28");
        WebElement body = browser.driver.findElement(By.id("body"));
        body.sendKeys("First line.\n\nThird line has {{NOPE.change}}.\n");

        Select menu = new Select(wait(20).until(d -> d.findElements(By.id("insert-placeholder")).stream().findFirst().orElse(null)));
        List<String> offered = menu.getOptions().stream().map(WebElement::getText).toList();
        assertTrue(offered.stream().anyMatch(o -> o.startsWith("{{ABTC.change}}")), offered.toString());
        assertTrue(offered.stream().anyMatch(o -> o.startsWith("{{table}}")), offered.toString());
        menu.selectByValue("{{table}}");
        assertTrue(body.getAttribute("value").endsWith("\n{{table}}"), body.getAttribute("value"));
        assertEquals("1\n2\n3\n4\n5", browser.driver.findElement(By.cssSelector("pre.line-numbers")).getAttribute("textContent"),
                "a number per line of the text");

        browser.driver.findElement(By.xpath("//button[normalize-space()='Preview']")).click();
        WebElement preview = wait(20).until(d -> d.findElements(By.cssSelector("section.preview")).stream().findFirst().orElse(null));
        WebElement form = browser.driver.findElement(By.cssSelector("form.writeup-form"));
        assertTrue(preview.getRect().getX() > form.getRect().getX() + form.getRect().getWidth() - 1,
                "on a wide screen the preview stands beside the form");
        WebElement go = browser.driver.findElement(By.xpath("//button[normalize-space()='Go to line 3']"));
        go.click();
        WebElement text = browser.driver.findElement(By.id("body"));
        assertEquals("Third line has {{NOPE.change}}.", browser.js(
                "const t = arguments[0]; return t.value.substring(t.selectionStart, t.selectionEnd);", text));
        browser.screenshot("comfort-1-preview-beside-the-text");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        assertEquals(0, browser.horizontalOverflow());

        browser.phone();
        browser.driver.navigate().refresh();
        WebElement narrowPreview = wait(20).until(d -> d.findElements(By.cssSelector("section.preview")).stream().findFirst().orElse(null));
        assertTrue(narrowPreview.getRect().getY() < browser.driver.findElement(By.cssSelector("form.writeup-form")).getRect().getY(),
                "on a phone the preview comes first");
        browser.screenshot("comfort-2-preview-on-a-phone");
        assertEquals(0, browser.horizontalOverflow(), "the phone page does not scroll sideways");
    }

    private void signIn() {
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        browser.go("/login");
        browser.driver.findElement(By.id("email")).sendKeys(TestApp.EDITOR_EMAIL);
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait(20).until(d -> "/editor".equals(browser.path()));
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }
}
