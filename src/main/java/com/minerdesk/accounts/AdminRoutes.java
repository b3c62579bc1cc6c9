package com.minerdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import static com.minerdesk.db.generated.Tables.USERS;

import com.minerdesk.db.Database;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Admin only: {@code /editor/accounts} (list, invite, add, disable, enable, reset) and {@code /editor/audit}. */
public final class AdminRoutes {
    static final int AUDIT_PAGE = 50;
    private final Database db;
    private final Pages pages;
    private final ClientAddress clientAddress;
    private final Clock clock;

    public AdminRoutes(Database db, Pages pages, ClientAddress clientAddress, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.pages = pages;
        this.clientAddress = clientAddress;
    }

    record AccountForm(String email, String name, String role) {
    }

    public void accounts(Context ctx) {
        list(ctx, 200, new AccountForm("", "", "editor"), Map.of(), null);
    }

    public void disable(Context ctx) {
        setDisabled(ctx, true);
    }

    public void enable(Context ctx) {
        setDisabled(ctx, false);
    }

    private void list(Context ctx, int status, AccountForm form, Map<String, String> errors, String notice) {
        list(ctx, status, form, errors, notice, null);
    }

    private void list(Context ctx, int status, AccountForm form, Map<String, String> errors, String notice, String invitationLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", new UserQueries(db.dsl()).all());
        model.put("invitations", Invitations.recent(db.dsl(), 20));
        model.put("invitationLink", invitationLink);
        model.put("now", OffsetDateTime.now(clock));
        model.put("form", form);
        model.put("errors", errors);
        model.put("notice", notice);
        ctx.status(status);
        pages.render(ctx, "accounts/accounts", PageMeta.titled("Accounts"), model);
    }

    /**
     * {@code POST /editor/accounts/invite}: a one-time link for the person named, shown once on the page
     * for the admin to copy and hand over; they choose their own password.
     */
    public void invite(Context ctx) {
        CurrentUser admin = Access.user(ctx);
        AccountForm form = accountForm(ctx);
        Map<String, String> errors = newAccountErrors(form);
        if (!errors.isEmpty()) {
            list(ctx, 422, form, errors, null);
            return;
        }
        String email = UserQueries.normaliseEmail(form.email());
        String token = db.write(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Audit.record(tx, now, admin, clientAddress.of(ctx), "invitation-created", email + " (" + form.role() + ")");
            return Invitations.create(tx, email, form.name(), form.role(), admin.id(), now);
        });
        list(ctx, 200, new AccountForm("", "", "editor"), Map.of(), null, pages.baseUrl() + "/invite/" + token);
    }

    public void add(Context ctx) {
        CurrentUser admin = Access.user(ctx);
        AccountForm form = accountForm(ctx);
        String password = ctx.formParam("password");
        Map<String, String> errors = newAccountErrors(form);
        Passwords.problem(password).ifPresent(p -> errors.put("password", p));
        if (!errors.isEmpty()) {
            list(ctx, 422, form, errors, null);
            return;
        }
        String email = UserQueries.normaliseEmail(form.email());
        db.writeVoid(tx -> {
            UserQueries.create(tx, email, form.name(), form.role(), password);
            Audit.record(tx, OffsetDateTime.now(clock), admin, clientAddress.of(ctx), "account-created", email + " (" + form.role() + ")");
        });
        ctx.redirect("/editor/accounts", HttpStatus.SEE_OTHER);
    }

    private static AccountForm accountForm(Context ctx) {
        return new AccountForm(trim(ctx.formParam("email")), trim(ctx.formParam("name")), trim(ctx.formParam("role")));
    }

    /** What is wrong with the e-mail, name and role of a new account (or an invitation to one). */
    private Map<String, String> newAccountErrors(AccountForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = UserQueries.normaliseEmail(form.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            errors.put("email", "Enter an e-mail address such as name@example.com.");
        } else if (new UserQueries(db.dsl()).byEmail(email).isPresent()) {
            errors.put("email", "An account with this e-mail exists already.");
        }
        if (form.name().isEmpty() || form.name().length() > 120) {
            errors.put("name", "Enter a name of at most 120 characters.");
        }
        if (!form.role().equals("editor") && !form.role().equals("admin")) {
            errors.put("role", "Choose editor or admin.");
        }
        return errors;
    }

    private void setDisabled(Context ctx, boolean disabled) {
        CurrentUser admin = Access.user(ctx);
        Account target = target(ctx);
        if (target.id() == admin.id() && disabled) {
            list(ctx, 422, new AccountForm("", "", "editor"), Map.of(), "You cannot disable your own account.");
            return;
        }
        db.writeVoid(tx -> {
            tx.update(USERS).set(USERS.DISABLED, disabled).where(USERS.ID.eq(target.id())).execute();
            if (disabled) {
                Sessions.endAll(tx, target.id());
            }
            Audit.record(tx, OffsetDateTime.now(clock), admin, clientAddress.of(ctx), disabled ? "account-disabled" : "account-enabled", target.email());
        });
        ctx.redirect("/editor/accounts", HttpStatus.SEE_OTHER);
    }

    public void reset(Context ctx) {
        CurrentUser admin = Access.user(ctx);
        Account target = target(ctx);
        String password = ctx.formParam("password");
        var problem = Passwords.problem(password);
        if (problem.isPresent()) {
            list(ctx, 422, new AccountForm("", "", "editor"), Map.of(),
                    "Password for " + target.email() + " not reset: " + problem.get());
            return;
        }
        db.writeVoid(tx -> {
            tx.update(USERS).set(USERS.PASSWORD_HASH, Passwords.hash(password)).where(USERS.ID.eq(target.id())).execute();
            Sessions.endAll(tx, target.id());
            Audit.record(tx, OffsetDateTime.now(clock), admin, clientAddress.of(ctx), "password-reset", target.email());
        });
        ctx.redirect("/editor/accounts", HttpStatus.SEE_OTHER);
    }

    private Account target(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("There is no such account.");
        }
        return new UserQueries(db.dsl()).byId(id).orElseThrow(() -> new NotFoundResponse("There is no such account."));
    }

    public void audit(Context ctx) {
        int page = Params.page(ctx.queryParam("page"));
        var entries = Audit.recent(db.dsl(), AUDIT_PAGE + 1, (page - 1) * AUDIT_PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries.size() > AUDIT_PAGE ? entries.subList(0, AUDIT_PAGE) : entries);
        model.put("page", page);
        model.put("hasNext", entries.size() > AUDIT_PAGE);
        pages.render(ctx, "accounts/audit", PageMeta.titled("Audit log"), model);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
