package com.minerdesk.accounts;

import com.minerdesk.web.RequestAttributes;
import com.minerdesk.web.Role;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.InternalServerErrorResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The one check of the route table's roles, run before the matched handler: anyone may read a public
 * route; an editor route sends a visitor to the sign-in form (303, back here afterwards); an admin
 * route answers 403 to other editors. No page of a signed-in route may be kept by any cache.
 */
public final class Access {
    private Access() {
    }

    public static void check(Context ctx) {
        Role role = roleOf(ctx.routeRoles());
        if (role == Role.ANYONE) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        CurrentUser user = ctx.attribute(RequestAttributes.USER);
        if (user == null) {
            String next = ctx.method().name().equals("GET")
                    ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())
                    : "/editor";
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
        } else if (role == Role.ADMIN && !user.isAdmin()) {
            throw new ForbiddenResponse("Only an admin can do this: manage accounts, read the audit log, "
                    + "see and restore deleted write-ups.");
        }
    }

    /** The signed-in account of a request that passed an EDITOR or ADMIN route's check. */
    public static CurrentUser user(Context ctx) {
        CurrentUser user = ctx.attribute(RequestAttributes.USER);
        if (user == null) {
            // only reachable if a handler that needs an account was registered as ANYONE
            throw new InternalServerErrorResponse("This route needs a signed-in account but is open to anyone.");
        }
        return user;
    }

    private static Role roleOf(Set<?> roles) {
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Role role)) {
            throw new IllegalStateException("Every route names exactly one Role; this one has " + roles);
        }
        return role;
    }
}
