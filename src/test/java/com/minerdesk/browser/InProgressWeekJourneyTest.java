package com.minerdesk.browser;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reader on a phone after the first bars of a new week arrived: the home page stays on the complete
 * week and points to the one in progress, whose page says who is missing, without scrolling sideways.
 */
class InProgressWeekJourneyTest extends ChromiumTest {
    @Test
    void theHomePageLeadsToTheWeekInProgressOnAPhone() {
        BigDecimal p = new BigDecimal("2.40");
        for (String ticker : List.of("ABTC", "APLD")) {
            app.db.writeVoid(tx -> tx.insertInto(DAILY_BARS)
                    .set(DAILY_BARS.COMPANY_ID, tx.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq(ticker)).fetchSingle(COMPANIES.ID))
                    .set(DAILY_BARS.TRADE_DATE, LocalDate.of(2025, 12, 1))
                    .set(DAILY_BARS.OPEN_PRICE, p).set(DAILY_BARS.HIGH_PRICE, p).set(DAILY_BARS.LOW_PRICE, p).set(DAILY_BARS.CLOSE_PRICE, p)
                    .set(DAILY_BARS.VOLUME_SHARES, 1_000_000L).set(DAILY_BARS.MARKET_CAP_USD, 2_000_000_000L).execute());
        }
        browser.phone();
        browser.go("/");
        step("in-progress-1-home");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("week ending 28 Nov 2025"));
        browser.driver.findElement(By.cssSelector("p.in-progress a")).click();
        assertEquals("/weeks/2025-12-05", browser.path());
        step("in-progress-2-week");
        assertTrue(browser.driver.findElement(By.id("in-progress")).getText()
                .contains("In progress: 2 of 34 companies reported through Mon 1 Dec 2025."));
        browser.desktop();
        browser.go("/weeks/2025-12-05");
        step("in-progress-3-week-desktop");
    }

    private void step(String screenshot) {
        browser.screenshot(screenshot);
        assertEquals(0, browser.horizontalOverflow(), screenshot + ": the page scrolls sideways");
        assertEquals(List.of(), browser.foreignRequests(), screenshot);
    }
}
