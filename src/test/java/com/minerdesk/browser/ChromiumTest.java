package com.minerdesk.browser;

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
        app = TestApp.withDemoData().withDemoWriteups();
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
