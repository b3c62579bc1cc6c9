package com.minerdesk.accounts;

import com.minerdesk.db.Database;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET|POST /invite/{token}}: the person an admin invited chooses a password (and may correct the
 * name); the account is made, the link is used up and they are signed in. A used or expired link is a 404.
 */
public final class InvitationRoutes {
    private static final String GONE = "This invitation link has been used or has expired. Ask an admin for a new one.";
    private final Database db;
    private final Pages pages;
    private final SignInCheck signIn;
    private final ClientAddress clientAddress;
    private final Clock clock;

    InvitationRoutes(Database db, Pages pages, SignInCheck signIn, ClientAddress clientAddress, Clock clock) {
        this.db = db;
        this.pages = pages;
        this.signIn = signIn;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    public void form(Context ctx) {
        Invitations.Invitation invitation = open(ctx);
        render(ctx, 200, invitation, invitation.name(), Map.of());
    }

    public void accept(Context ctx) {
        Invitations.Invitation invitation = open(ctx);
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        String password = ctx.formParam("password");
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > ProfileRoutes.MAX_NAME) {
            errors.put("name", "Enter the name readers will see, at most " + ProfileRoutes.MAX_NAME + " characters.");
        }
        Passwords.problem(password).ifPresent(p -> errors.put("password", p));
        if (errors.isEmpty() && !password.equals(ctx.formParam("repeat_password"))) {
            errors.put("repeat_password", "The two passwords differ.");
        }
        if (errors.isEmpty() && new UserQueries(db.dsl()).byEmail(invitation.email()).isPresent()) {
            errors.put("name", "An account with the e-mail " + invitation.email() + " exists already: sign in with it instead.");
        }
        if (!errors.isEmpty()) {
            render(ctx, 422, invitation, name, errors);
            return;
        }
        String hash = Passwords.hash(password); // bcrypt before the transaction, which it would hold for its 100 ms
        String sessionId = db.write(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Invitations.Invitation still = Invitations.open(tx, ctx.pathParam("token"), now, true)
                    .orElseThrow(() -> new NotFoundResponse(GONE));
            long id = UserQueries.createWithHash(tx, still.email(), name, still.role(), hash);
            Invitations.markUsed(tx, still.id(), id, now);
            CurrentUser created = new CurrentUser(id, still.email(), name, null, still.role());
            Audit.record(tx, now, created, clientAddress.of(ctx), "invitation-accepted", still.email() + " (" + still.role() + ")");
            return signIn.sessions().start(tx, id);
        });
        signIn.begin(ctx, sessionId);
        ctx.redirect("/editor", HttpStatus.SEE_OTHER);
    }

    private Invitations.Invitation open(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        return Invitations.open(db.dsl(), ctx.pathParam("token"), OffsetDateTime.now(clock), false)
                .orElseThrow(() -> new NotFoundResponse(GONE));
    }

    private void render(Context ctx, int status, Invitations.Invitation invitation, String name, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("invitation", invitation);
        model.put("name", name);
        model.put("errors", errors);
        model.put("loginCsrf", signIn.preSessionToken(ctx));
        ctx.status(status);
        pages.render(ctx, "accounts/invitation", PageMeta.titled("Join Minerdesk"), model);
    }
}
