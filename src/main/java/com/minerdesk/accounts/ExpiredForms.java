package com.minerdesk.accounts;

import com.minerdesk.web.RequestAttributes;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forms that survive an expired session: when their POST fails the CSRF check, the feature shows the
 * form again with everything submitted instead of a 403. Signed out, the form carries an inline sign-in
 * (e-mail and password fields sent with the text, checked by {@link AccountsFilter} before the route's
 * role), so one press of Save signs in and saves; signed in again elsewhere, the form simply carries the
 * current token. These forms accept the editor's body size from visitors too, so that a long text
 * sent after the session ended is not refused.
 */
public final class ExpiredForms {
    static final String EMAIL = "signin_email";
    static final String PASSWORD = "signin_password";
    private final List<Resumable> forms = new CopyOnWriteArrayList<>();
    private final SignInCheck check;

    ExpiredForms(SignInCheck check) {
        this.check = check;
    }

    /** A feature's form that can be shown again from the submitted request. */
    public interface Resumable {
        boolean covers(Context ctx);

        void show(Context ctx, Rescue rescue);
    }

    /**
     * How the form is shown again: its status; with the inline sign-in and its token when nobody is
     * signed in, the e-mail typed and the error of a refused try.
     */
    public record Rescue(int status, boolean signInNeeded, String loginCsrf, String email, String error) {
        public static final String EMAIL_FIELD = EMAIL;
        public static final String PASSWORD_FIELD = PASSWORD;
    }

    public void add(Resumable form) {
        forms.add(form);
    }

    boolean covers(Context ctx) {
        return "POST".equals(ctx.method().name()) && forms.stream().anyMatch(f -> f.covers(ctx));
    }

    /** Shows the form again when a feature covers the request; otherwise runs {@code otherwise}. */
    public void answer(FormExpired e, Context ctx, Runnable otherwise) {
        Resumable form = forms.stream().filter(f -> f.covers(ctx)).findFirst().orElse(null);
        if (form == null) {
            otherwise.run();
            return;
        }
        ctx.header("Cache-Control", "no-store");
        boolean signedIn = ctx.attribute(RequestAttributes.USER) != null;
        Rescue rescue = signedIn ? new Rescue(403, false, null, "", null)
                : new Rescue(e.signInStatus(), true, check.preSessionToken(ctx), UserQueries.normaliseEmail(ctx.formParam(EMAIL)),
                        e.signInError());
        form.show(ctx, rescue);
    }
}
