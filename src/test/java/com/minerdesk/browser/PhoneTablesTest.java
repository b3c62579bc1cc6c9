package com.minerdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** On a phone the miner table shows Close and Change beside the ticker and says that it scrolls; a desktop shows every column. */
class PhoneTablesTest extends ChromiumTest {

    private List<String> visibleHeaders() {
        return browser.driver.findElements(By.cssSelector("#miner-table thead th")).stream()
                .filter(WebElement::isDisplayed).map(h -> h.getAttribute("textContent").replaceAll("[\u2191\u2193]", "").trim()).toList();
    }

    @Test
    void aPhoneSeesCloseAndChangeBesideTheTicker() {
        browser.phone();
        browser.go("/weeks/2025-11-28");
        assertEquals(List.of("Ticker", "Close", "Change"), visibleHeaders().subList(0, 3));
        assertTrue(browser.driver.findElement(By.cssSelector(".table-note .scroll-hint")).isDisplayed());
        browser.js("document.getElementById('miner-table').scrollIntoView()");
        browser.screenshot("phone-miner-table");
        assertEquals(0, browser.horizontalOverflow());
    }

    @Test
    void aDesktopSeesEveryColumn() {
        browser.go("/weeks/2025-11-28");
        assertEquals(List.of("Ticker", "Company", "Open", "Close", "Change"), visibleHeaders().subList(0, 5));
        assertFalse(browser.driver.findElement(By.cssSelector(".table-note .scroll-hint")).isDisplayed());
    }
}
