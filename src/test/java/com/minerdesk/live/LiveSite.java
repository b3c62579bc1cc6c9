package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.Writeups;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The demo site with a signed-in editor, and what the live-data tests do and read on it. */
final class LiveSite implements AutoCloseable {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);
    final TestApp app = TestApp.withDemoData();
    final Browser editor = app.editor();

    /** A write-up form for the reference week. */
    static Map<String, String> form(String title, String body, String status) {
        return Writeups.with(Writeups.form(title, body, status), "week", REFERENCE.toString());
    }

    long create(Map<String, String> form) {
        return Writeups.create(editor, form);
    }

    String slugOf(long id) {
        return Jsoup.parse(editor.get("/editor/writeups/" + id).body()).selectFirst("input[name=slug]").attr("value");
    }

    /** A public page, which never shows a raw placeholder or a marker. */
    Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains("{{"), "raw placeholder on " + path);
        assertFalse(r.body().contains("%%live"), "marker on " + path);
        return Jsoup.parse(r.body());
    }

    static Element figure(Document doc, String text) {
        return doc.select(".writeup-body a.live").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + doc.select(".writeup-body").html()));
    }

    /** A correction of ABTC's last close of the reference week, through {@code db.write}. */
    void correctAbtcClose(String close) {
        app.db.writeVoid(tx -> tx.update(DAILY_BARS).set(DAILY_BARS.CLOSE_PRICE, new BigDecimal(close))
                .where(DAILY_BARS.TRADE_DATE.eq(REFERENCE))
                .and(DAILY_BARS.COMPANY_ID.eq(tx.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("ABTC"))))
                .execute());
    }

    @Override
    public void close() {
        app.close();
    }
}
