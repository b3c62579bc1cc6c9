package com.minerdesk.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The app over the demo data with a signed-in editor, shared by the tests of one class. */
public abstract class DemoSiteWithEditor {
    protected static TestApp app;
    protected static Browser editor;

    @BeforeAll
    static void startDemoSite() {
        app = TestApp.withDemoData();
        editor = app.editor();
    }

    @AfterAll
    static void stopDemoSite() {
        app.close();
    }
}
