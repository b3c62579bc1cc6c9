package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.SESSIONS;
import static com.minerdesk.db.generated.Tables.USERS;

import com.minerdesk.db.Database;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /editor/profile}: every editor's own profile (display name and short bio, shown in bylines and
 * on the author page; the address {@code /authors/{slug}} stays as it was made) and password, changed
 * with the current one; the new password ends the account's other sessions.
 */
public final class ProfileRoutes {
    static final int MAX_NAME = 120;
    static final int MAX_BIO = 1000;
    private final Database db;
    private final Pages pages;
    private final ClientAddress clientAddress;
    private final Clock clock;

    ProfileRoutes(Database db, Pages pages, ClientAddress clientAddress, Clock clock) {
        this.db = db;
        this.pages = pages;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    public void form(Context ctx) {
        Account me = me(ctx);
        String notice = switch (String.valueOf(ctx.queryParam("saved"))) {
            case "profile" -> "Your profile was saved.";
            case "password" -> "Your password was changed; your other sessions were signed out.";
            default -> null;
        };
        render(ctx, 200, me.name(), me.bio(), Map.of(), notice);
    }

    public void saveProfile(Context ctx) {
        CurrentUser user = Access.user(ctx);
        String name = trim(ctx.formParam("name"));
        String bio = trim(ctx.formParam("bio")).replace("\r\n", "\n");
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.put("name", "Enter the name readers see, at most " + MAX_NAME + " characters.");
        }
        if (bio.length() > MAX_BIO) {
            errors.put("bio", "Keep the bio to " + MAX_BIO + " characters (it has " + bio.length() + ").");
        }
        if (!errors.isEmpty()) {
            render(ctx, 422, name, bio, errors, null);
            return;
        }
        db.writeVoid(tx -> {
            tx.update(USERS).set(USERS.NAME, name).set(USERS.BIO, bio).where(USERS.ID.eq(user.id())).execute();
            Audit.record(tx, OffsetDateTime.now(clock), user, clientAddress.of(ctx), "profile-saved", user.email());
        });
        ctx.redirect("/editor/profile?saved=profile", HttpStatus.SEE_OTHER);
    }

    public void changePassword(Context ctx) {
        CurrentUser user = Access.user(ctx);
        Account me = me(ctx);
        String current = ctx.formParam("current_password");
        String next = ctx.formParam("new_password");
        Map<String, String> errors = new LinkedHashMap<>();
        String hash = new UserQueries(db.dsl()).byEmail(user.email()).map(r -> r.getPasswordHash()).orElse(null);
        if (!Passwords.matches(current, hash)) {
            errors.put("current_password", "That is not your current password.");
        }
        Passwords.problem(next).ifPresent(p -> errors.put("new_password", p));
        if (errors.isEmpty() && !next.equals(ctx.formParam("repeat_password"))) {
            errors.put("repeat_password", "The two new passwords differ.");
        }
        if (!errors.isEmpty()) {
            render(ctx, 422, me.name(), me.bio(), errors, null);
            return;
        }
        Sessions.Session session = ctx.attribute(AccountsFilter.SESSION_ATTR);
        db.writeVoid(tx -> {
            tx.update(USERS).set(USERS.PASSWORD_HASH, Passwords.hash(next)).where(USERS.ID.eq(user.id())).execute();
            tx.deleteFrom(SESSIONS).where(SESSIONS.USER_ID.eq(user.id())).and(SESSIONS.ID_HASH.ne(session.idHash())).execute();
            Audit.record(tx, OffsetDateTime.now(clock), user, clientAddress.of(ctx), "password-changed", user.email());
        });
        ctx.redirect("/editor/profile?saved=password", HttpStatus.SEE_OTHER);
    }

    private Account me(Context ctx) {
        return new UserQueries(db.dsl()).byId(Access.user(ctx).id()).orElseThrow();
    }

    private void render(Context ctx, int status, String name, String bio, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("bio", bio);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("authorPath", "/authors/" + Access.user(ctx).slug());
        ctx.status(status);
        pages.render(ctx, "accounts/profile", PageMeta.titled("Your profile"), model);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
