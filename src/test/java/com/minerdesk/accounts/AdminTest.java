package com.minerdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.empty();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void editorsCannotManageAccountsOrReadTheAudit() {
        Browser editor = app.editor();
        assertEquals(403, editor.get("/editor/accounts").statusCode());
        assertEquals(403, editor.get("/editor/audit").statusCode());
        assertEquals(403, editor.post("/editor/accounts", Map.of("email", "x@example.com", "name", "X",
                "role", "admin", "password", "a-strong-password-1")).statusCode());
    }

    @Test
    void adminAddsAnAccountWithPolicyErrorsInlineAndTheNewAccountSignsIn() {
        Browser admin = app.admin();
        HttpResponse<String> weak = admin.post("/editor/accounts", Map.of("email", "new@example.com", "name", "Nia New",
                "role", "editor", "password", "password1234"));
        assertEquals(422, weak.statusCode());
        assertTrue(weak.body().contains("common passwords"));
        assertEquals("new@example.com", Jsoup.parse(weak.body()).selectFirst("#new-email").attr("value"), "typed values kept");
        HttpResponse<String> shortOne = admin.post("/editor/accounts", Map.of("email", "new@example.com", "name", "Nia New",
                "role", "editor", "password", "short"));
        assertTrue(shortOne.body().contains("at least 12 characters"));

        assertEquals(303, admin.post("/editor/accounts", Map.of("email", "new@example.com", "name", "Nia New",
                "role", "editor", "password", "a-long-unusual-pass-77")).statusCode());
        assertTrue(admin.get("/editor/accounts").body().contains("Nia New"));
        assertEquals(303, app.browser().signIn("new@example.com", "a-long-unusual-pass-77").statusCode());
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndResetChangesThePassword() {
        Browser editor = app.editor();
        Browser admin = app.admin();
        long id = app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        assertEquals(303, admin.post("/editor/accounts/" + id + "/disable", Map.of()).statusCode());
        assertEquals(303, editor.get("/editor").statusCode(), "disabled: session gone");
        assertEquals(401, app.browser().signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());

        assertEquals(303, admin.post("/editor/accounts/" + id + "/enable", Map.of()).statusCode());
        assertEquals(303, admin.post("/editor/accounts/" + id + "/reset", Map.of("password", "another-fine-pass-88")).statusCode());
        assertEquals(303, app.browser().signIn(TestApp.EDITOR_EMAIL, "another-fine-pass-88").statusCode());
        assertEquals(404, admin.post("/editor/accounts/999999/disable", Map.of()).statusCode());
        assertEquals(404, admin.post("/editor/accounts/abc/disable", Map.of()).statusCode());
    }

    @Test
    void auditLogShowsSignInsAndAccountChanges() {
        app.editor();
        Browser admin = app.admin();
        admin.post("/editor/accounts", Map.of("email", "third@example.com", "name", "Third",
                "role", "editor", "password", "a-long-unusual-pass-77"));
        String audit = admin.get("/editor/audit").body();
        assertTrue(audit.contains("sign-in"));
        assertTrue(audit.contains("account-created"));
        assertTrue(audit.contains("third@example.com"));
        assertTrue(audit.contains(TestApp.EDITOR_EMAIL));
    }

    @Test
    void firstAccountComesFromAdminEnvironmentOrIsARandomDemoEditor() {
        try (TestApp withAdmin = TestApp.start(Map.of("ADMIN_EMAIL", "boss@example.com",
                "ADMIN_PASSWORD", "a-very-good-secret-99"), false)) {
            assertEquals(new FirstAccount.Admin("boss@example.com"), FirstAccount.ensure(withAdmin.db, withAdmin.config));
            assertEquals(303, withAdmin.browser().signIn("boss@example.com", "a-very-good-secret-99").statusCode());
            assertEquals(new FirstAccount.Existing(), FirstAccount.ensure(withAdmin.db, withAdmin.config));
            assertEquals("admin", new UserQueries(withAdmin.db.dsl()).byEmail("boss@example.com").orElseThrow().getRole());
        }
        try (TestApp demo = TestApp.withDemoData()) {
            var created = (FirstAccount.DemoEditor) FirstAccount.ensure(demo.db, demo.config);
            var editor = new UserQueries(demo.db.dsl()).byEmail(FirstAccount.DEMO_EDITOR_EMAIL).orElseThrow();
            assertEquals("editor", editor.getRole());
            assertTrue(editor.getPasswordHash().startsWith("$2"), "stored as bcrypt");
            assertEquals(303, demo.browser().signIn(created.email(), created.password()).statusCode(),
                    "the password the start-up message shows signs in");
        }
        try (TestApp bare = TestApp.start(Map.of("DEMO_DATA", "false"), false)) {
            assertEquals(new FirstAccount.None(), FirstAccount.ensure(bare.db, bare.config));
            assertFalse(new UserQueries(bare.db.dsl()).any());
        }
    }
}
