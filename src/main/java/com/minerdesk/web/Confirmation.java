package com.minerdesk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step before an editor's change that is hard to take back (deleting, restoring an old version):
 * what it is about, what exactly will happen, and one POST form with {@code confirm=yes} (and, where
 * there is a choice, its radio buttons), beside a way back. Shown by {@code templates/editor/confirm.html}
 * through {@link #render}.
 */
public record Confirmation(String title, List<Crumb> crumbs, List<Fact> facts, List<String> explanation,
        String action, Map<String, String> hidden, Choice choice, String button, boolean danger, String cancelHref,
        String error) {

    /** A breadcrumb; the last one has no link. */
    public record Crumb(String label, String href) {
    }

    public record Fact(String label, String value) {
    }

    /** Radio buttons: the field's name and its options. */
    public record Choice(String name, String legend, List<Option> options) {
    }

    public record Option(String value, String label, boolean checked) {
    }

    public static Confirmation of(String title, String action, String button, String cancelHref) {
        return new Confirmation(title, List.of(), List.of(), List.of(), action, Map.of(), null, button, false, cancelHref, null);
    }

    public Confirmation crumb(String label, String href) {
        List<Crumb> more = new ArrayList<>(crumbs);
        more.add(new Crumb(label, href));
        return new Confirmation(title, more, facts, explanation, action, hidden, choice, button, danger, cancelHref, error);
    }

    public Confirmation fact(String label, String value) {
        List<Fact> more = new ArrayList<>(facts);
        more.add(new Fact(label, value));
        return new Confirmation(title, crumbs, more, explanation, action, hidden, choice, button, danger, cancelHref, error);
    }

    public Confirmation explain(String paragraph) {
        List<String> more = new ArrayList<>(explanation);
        more.add(paragraph);
        return new Confirmation(title, crumbs, facts, more, action, hidden, choice, button, danger, cancelHref, error);
    }

    public Confirmation hidden(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(hidden);
        more.put(name, value);
        return new Confirmation(title, crumbs, facts, explanation, action, more, choice, button, danger, cancelHref, error);
    }

    public Confirmation choice(Choice c) {
        return new Confirmation(title, crumbs, facts, explanation, action, hidden, c, button, danger, cancelHref, error);
    }

    /** The confirming button is drawn as a destructive one. */
    public Confirmation dangerous() {
        return new Confirmation(title, crumbs, facts, explanation, action, hidden, choice, button, true, cancelHref, error);
    }

    public Confirmation refused(String why) {
        return new Confirmation(title, crumbs, facts, explanation, action, hidden, choice, button, danger, cancelHref, why);
    }

    /** The confirmation page, with the status given (200 to ask, 409 or 422 when the change was refused). */
    public void render(Pages pages, io.javalin.http.Context ctx, int status) {
        ctx.status(status);
        pages.render(ctx, "editor/confirm", PageMeta.titled(title), Map.of("confirm", this));
    }

    /** True when the POST carries the confirmation page's {@code confirm=yes}. */
    public static boolean confirmed(io.javalin.http.Context ctx) {
        return "yes".equals(ctx.formParam("confirm"));
    }
}
