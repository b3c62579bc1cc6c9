package com.minerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.DemoSiteWithEditor;
import com.minerdesk.web.Role;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route table as Javalin holds it: one role a route, editor routes closed, no route shadowed. */
class RouteTableTest extends DemoSiteWithEditor {

    record Row(HandlerType method, String path, Role role) {
        @Override
        public String toString() {
            return method + " " + path + " " + role;
        }
    }

    private static List<ParsedEndpoint> endpoints() {
        return app.server.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method == HandlerType.GET || e.endpoint.method == HandlerType.POST)
                .toList();
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        for (ParsedEndpoint e : endpoints()) {
            Roles roles = e.endpoint.metadata(Roles.class);
            assertTrue(roles != null && roles.getRoles().size() == 1 && roles.getRoles().iterator().next() instanceof Role,
                    "exactly one Role on " + e.endpoint.method + " " + e.endpoint.path);
            rows.add(new Row(e.endpoint.method, e.endpoint.path, (Role) roles.getRoles().iterator().next()));
        }
        return rows;
    }

    @Test
    void everyRouteHasOneRoleAndOnlyEditorPathsNeedAnAccount() {
        List<Row> rows = table();
        System.out.println("Route table (" + rows.size() + " routes):");
        rows.forEach(r -> System.out.println("  " + r));
        assertTrue(rows.size() > 60, "the whole site is in the table: " + rows.size());
        for (Row r : rows) {
            boolean editorPath = r.path().equals("/editor") || r.path().startsWith("/editor/");
            assertEquals(editorPath, r.role() != Role.ANYONE, "role of " + r);
        }
        assertEquals(List.of("GET /editor/accounts", "GET /editor/audit", "GET /editor/writeups/deleted",
                        "POST /editor/accounts", "POST /editor/accounts/invite", "POST /editor/accounts/{id}/disable", "POST /editor/accounts/{id}/enable",
                        "POST /editor/accounts/{id}/reset", "POST /editor/writeups/{id}/undelete"),
                rows.stream().filter(r -> r.role() == Role.ADMIN).map(r -> r.method() + " " + r.path()).sorted().toList());
    }

    /** A path each pattern must answer: parameters filled with real values of the demo data. */
    private static String sample(String pattern) {
        return pattern.replace("{date}", "2025-11-28").replace("{ticker}", "ABTC").replace("{slug}", "demo")
                .replace("{id}", "1").replace("{version}", "1").replace("{file}", "site.css")
                .replace("{ref}", "IREN-MSFT-2025");
    }

    @Test
    void noRouteIsShadowedByAnEarlierOne() {
        var router = app.server.unsafe.internalRouter;
        for (ParsedEndpoint e : endpoints()) {
            String path = sample(e.endpoint.path);
            ParsedEndpoint first = router.findFirstHttpHandlerEntry(e.endpoint.method, path);
            assertEquals(e.endpoint.path, first.endpoint.path, "the route that answers " + e.endpoint.method + " " + path);
        }
    }

    @Test
    void aVisitorIsSentToSignInFromEveryEditorPage() {
        Browser visitor = app.browser();
        for (Row r : table()) {
            if (r.role() == Role.ANYONE || r.method() != HandlerType.GET) {
                continue;
            }
            HttpResponse<String> answer = visitor.get(sample(r.path()));
            assertEquals(303, answer.statusCode(), r.toString());
            assertTrue(answer.headers().firstValue("Location").orElse("").startsWith("/login?next="), r.toString());
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), r.toString());
        }
    }

    @Test
    void anEditorWhoIsNotAnAdminGets403OnEveryAdminRoute() {
        for (Row r : table()) {
            if (r.role() != Role.ADMIN) {
                continue;
            }
            String path = sample(r.path());
            HttpResponse<String> answer = r.method() == HandlerType.GET ? editor.get(path) : editor.post(path, Map.of());
            assertEquals(403, answer.statusCode(), r.toString());
            assertTrue(answer.body().contains("Only an admin"), r + ": " + answer.body());
        }
    }

    @Test
    void editorPagesAreNeverStored() {
        for (Row r : table()) {
            if (r.role() == Role.EDITOR && r.method() == HandlerType.GET) {
                HttpResponse<String> answer = editor.get(sample(r.path()));
                assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""),
                        r + " answered " + answer.statusCode());
            }
        }
    }
}
