package com.minerdesk.browser;

import com.minerdesk.demo.DemoWriteups;
import com.minerdesk.live.SiteRenderer;
import com.minerdesk.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The app with demo data for the whole class, and a fresh Chromium for each test. */
abstract class ChromiumTest {
    static TestApp app;
    Chromium browser;

    @BeforeAll
    static void startApp() {
        Chromium.requireInstalled();
        app = TestApp.withDemoData();
        // the demo write-ups, as the served app loads them once an account exists
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        DemoWriteups.loadIfNone(app.db, SiteRenderer.of(app.db, app.config.baseUrl(), app.config.timeZone()));
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open(app.baseUrl);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
