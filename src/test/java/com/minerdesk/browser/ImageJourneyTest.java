package com.minerdesk.browser;

import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor adds a featured image to a write-up in Chromium: the upload form (checked with axe),
 * the file chosen from disk, the image listed with its Markdown, the write-up showing it; and the
 * share card a week is shared with. Screenshots go to target/screenshots/.
 */
class ImageJourneyTest extends ChromiumTest {
    static final String SLUG = "miners-slide-while-bitcoin-nears-91000";

    @Test
    void editorUploadsAFeaturedImageAndTheWriteupShowsIt() throws Exception {
        long id = app.db.dsl().select(WRITEUPS.ID).from(WRITEUPS).where(WRITEUPS.SLUG.eq(SLUG)).fetchOne(WRITEUPS.ID);
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        browser.go("/login");
        browser.driver.findElement(By.id("email")).sendKeys(TestApp.EDITOR_EMAIL);
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "/editor".equals(browser.path()));

        browser.go("/editor/writeups/" + id);
        browser.driver.findElement(By.linkText("Images")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.path().endsWith("/images"));
        step("images-1-upload-form");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());

        Path file = Files.createTempFile("data-hall", ".png");
        ImageIO.write(picture(), "png", file.toFile());
        browser.driver.findElement(By.id("file")).sendKeys(file.toString());
        browser.driver.findElement(By.id("alt")).sendKeys("Rows of mining machines in a container");
        browser.driver.findElement(By.name("featured")).click();
        browser.driver.findElement(By.xpath("//button[normalize-space()='Upload']")).click();
        WebElement listed = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("ul.image-list img")).stream().findFirst().orElse(null));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> (Boolean) browser.js("return arguments[0].complete && arguments[0].naturalWidth === 1600", listed));
        assertTrue(browser.driver.findElement(By.cssSelector("ul.image-list")).getText().contains("![Rows of mining machines in a container](/images/"));
        browser.js("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(By.id("images-heading")));
        step("images-2-uploaded");
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        Files.delete(file);

        browser.go("/writeups/" + SLUG);
        WebElement featured = browser.driver.findElement(By.cssSelector("figure.featured-image img"));
        assertTrue((Boolean) browser.js("return arguments[0].complete && arguments[0].naturalWidth > 0", featured));
        step("images-3-writeup-with-featured-image");

        browser.phone();
        browser.go("/editor/writeups/" + id + "/images");
        step("images-4-upload-form-phone");
    }

    @Test
    void aWeekIsSharedWithItsCard() {
        browser.go("/cards/weeks/2025-11-28.png");
        step("card-week-2025-11-28");
    }

    private void step(String screenshot) {
        browser.screenshot(screenshot);
        assertEquals(0, browser.horizontalOverflow(), screenshot + ": the page scrolls sideways");
        assertEquals(List.of(), browser.foreignRequests(), screenshot);
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1b1d21));
        g.fillRect(0, 0, 1600, 900);
        for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 16; col++) {
                g.setColor(new Color(0x30 + row * 12, 0x60 + col * 6, 0xad));
                g.fillRect(40 + col * 97, 60 + row * 135, 80, 110);
            }
        }
        g.dispose();
        return image;
    }
}
