package com.minerdesk.writeups;

import com.minerdesk.accounts.ExpiredForms;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write-up form's save and preview, shown again with the submitted text when their session has
 * ended or their token is stale (see {@link ExpiredForms}). The path names the form: its action is the
 * request's path without {@code /preview}.
 */
final class ExpiredWriteupForm implements ExpiredForms.Resumable {
    private static final Pattern FORM = Pattern.compile("^/editor/writeups/(new|\\d{1,18})(/preview)?$");
    private final EditorWriteupRoutes editor;

    ExpiredWriteupForm(EditorWriteupRoutes editor) {
        this.editor = editor;
    }

    @Override
    public boolean covers(Context ctx) {
        return FORM.matcher(ctx.path()).matches();
    }

    @Override
    public void show(Context ctx, ExpiredForms.Rescue rescue) {
        Matcher m = FORM.matcher(ctx.path());
        if (!m.matches()) {
            throw new IllegalStateException("not a write-up form: " + ctx.path());
        }
        Long id = m.group(1).equals("new") ? null : Long.parseLong(m.group(1));
        editor.rescue(ctx, id, rescue);
    }
}
