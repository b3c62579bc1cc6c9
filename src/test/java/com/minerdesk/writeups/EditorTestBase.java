package com.minerdesk.writeups;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh app with the demo data for each test, and an editor signed in to it. */
abstract class EditorTestBase {
    TestApp app;
    Browser editor;

    @BeforeEach
    void startApp() {
        app = TestApp.withDemoData();
        editor = app.editor();
    }

    @AfterEach
    void stopApp() {
        app.close();
    }
}
