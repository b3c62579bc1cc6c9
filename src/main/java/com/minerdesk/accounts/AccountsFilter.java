package com.minerdesk.accounts;

import com.minerdesk.web.RequestAttributes;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * Runs before every request: resolves the session cookie to the signed-in account and checks the
 * CSRF token of every POST ({@link FormExpired} when it is missing or wrong, before anything changes:
 * a 403, or the form shown again by {@link ExpiredForms}). Who may use a route is checked afterwards,
 * by {@link Access}.
 */
public final class AccountsFilter {
    /** Pre-session CSRF cookie for the sign-in form (double-submit). */
    static final String PRE_SESSION_COOKIE = "md_csrf";
    static final String SESSION_ATTR = "minerdesk.session";
    /** Any form of a visitor who is not signed in: a body is read whole into memory. */
    public static final long MAX_FORM_BYTES = 64L * 1024;
    /** A signed-in editor's form: a write-up of 100,000 characters form-encodes to up to 900 KB. */
    public static final long MAX_EDITOR_FORM_BYTES = 1024L * 1024;
    /** The import's 20 MB file plus its form fields and multipart framing. */
    public static final long MAX_UPLOAD_BYTES = 21L * 1024 * 1024;
    static final String UPLOAD_PATH = "/editor/import";
    /** An image of up to 8 MB (refused with a form error above that) plus its alt text and framing. */
    public static final long MAX_IMAGE_UPLOAD_BYTES = 9L * 1024 * 1024;
    private static final java.util.regex.Pattern IMAGE_UPLOAD_PATH = java.util.regex.Pattern.compile("/editor/writeups/[0-9]+/images");
    private final Sessions sessions;
    private final ExpiredForms expiredForms;
    private final SignInCheck signIn;

    AccountsFilter(Sessions sessions, ExpiredForms expiredForms, SignInCheck signIn) {
        this.sessions = sessions;
        this.expiredForms = expiredForms;
        this.signIn = signIn;
    }

    public void apply(Context ctx) {
        String cookie = ctx.cookie(Sessions.COOKIE);
        if (cookie != null) {
            sessions.find(cookie).ifPresent(s -> {
                ctx.attribute(SESSION_ATTR, s);
                ctx.attribute(RequestAttributes.USER, s.user());
                ctx.attribute(RequestAttributes.CSRF_TOKEN, s.csrfToken());
            });
        }
        if ("POST".equals(ctx.method().name())) {
            checkCsrf(ctx);
        }
    }

    private void checkCsrf(Context ctx) {
        Sessions.Session session = ctx.attribute(SESSION_ATTR);
        boolean resumable = expiredForms.covers(ctx);
        checkBodySize(ctx, session != null || resumable, ctx.path().equals(UPLOAD_PATH),
                IMAGE_UPLOAD_PATH.matcher(ctx.path()).matches());
        String sent;
        try {
            sent = ctx.formParam("_csrf");
        } catch (HttpResponseException tooLarge) {
            throw tooLarge;
        } catch (RuntimeException unreadableBody) {
            throw new ForbiddenResponse("The form could not be read. Reload the page and try again.");
        }
        String expected = session != null ? session.csrfToken() : ctx.cookie(PRE_SESSION_COOKIE);
        if (expected == null || !Tokens.equalsConstantTime(expected, sent)) {
            throw new FormExpired();
        }
        if (session == null && resumable && ctx.formParam(ExpiredForms.EMAIL) != null) {
            signInInline(ctx);
        }
    }

    /** The e-mail and password sent with a form shown again after its session ended. */
    private void signInInline(Context ctx) {
        SignInCheck.Outcome outcome = signIn.attempt(ctx, ctx.formParam(ExpiredForms.EMAIL), ctx.formParam(ExpiredForms.PASSWORD));
        if (outcome instanceof SignInCheck.Refused refused) {
            if (refused.status() == 429) {
                ctx.header("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            }
            throw new FormExpired(refused.status(), refused.message());
        }
        Sessions.Session s = ((SignInCheck.SignedIn) outcome).session();
        ctx.attribute(SESSION_ATTR, s);
        ctx.attribute(RequestAttributes.USER, s.user());
        ctx.attribute(RequestAttributes.CSRF_TOKEN, s.csrfToken());
    }

    /**
     * Refuses before the body is read: a multipart body anywhere but a signed-in editor's import or image upload; a
     * body without a declared length (browsers always declare it) unless a signed-in editor sends a
     * form, which is counted as it is read (Javalin's request size limit); a declared length over the
     * limit. Jetty stops a body that runs past its declared length.
     */
    private static void checkBodySize(Context ctx, boolean editor, boolean importPath, boolean imagePath) {
        boolean upload = editor && importPath;
        boolean image = editor && imagePath;
        if (ctx.isMultipartFormData() && !upload && !image) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "Only a signed-in editor's import and image upload take files; this form sends text fields only.");
        }
        if (ctx.contentLength() < 0 && (!editor || upload || image)) {
            throw new HttpResponseException(HttpStatus.LENGTH_REQUIRED.getCode(),
                    "Send the form from its page: the request must declare its length.");
        }
        long limit = upload ? MAX_UPLOAD_BYTES : image ? MAX_IMAGE_UPLOAD_BYTES : editor ? MAX_EDITOR_FORM_BYTES : MAX_FORM_BYTES;
        if (ctx.contentLength() > limit) {
            throw new ContentTooLargeResponse(upload ? "Uploads are limited to 20 MB. Split the file and import the parts."
                    : image ? "Images are limited to 8 MB. Make the image smaller and upload it again."
                    : "Forms are limited to " + limit / 1024 + " KB.");
        }
    }
}
