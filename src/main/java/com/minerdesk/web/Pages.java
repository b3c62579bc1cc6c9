package com.minerdesk.web;

import com.minerdesk.db.ContentVersion;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders a feature's template inside the site layout, adding the model every page needs. */
public final class Pages {
    public static final String SITE_NAME = "Minerdesk";
    private final Templates templates;
    private final Fmt fmt;
    private final String baseUrl;
    private final ContentVersion contentVersion;
    private final StaticAssets assets;

    public Pages(Templates templates, Fmt fmt, String baseUrl, ContentVersion contentVersion, StaticAssets assets) {
        this.templates = templates;
        this.fmt = fmt;
        this.baseUrl = baseUrl;
        this.contentVersion = contentVersion;
        this.assets = assets;
    }

    /** Renders {@code template} inside the layout, which writes the head from {@code meta}. */
    public void render(Context ctx, String template, PageMeta meta, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("site", site(ctx, meta));
        all.put("meta", meta);
        all.put("fmt", fmt);
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, all));
    }

    /** Renders a template without a request (feeds, e-mails, fragments). */
    public String renderFragment(String template, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("fmt", fmt);
        return templates.render(template, all);
    }

    private Site site(Context ctx, PageMeta meta) {
        String path = ctx.path();
        String canonical = meta.canonicalPath() == null ? path : meta.canonicalPath();
        return new Site(SITE_NAME, baseUrl, path, baseUrl + canonical, assets.url("style.css"),
                contentVersion.demoData(), ctx.attribute(RequestAttributes.USER),
                ctx.attribute(RequestAttributes.CSRF_TOKEN));
    }

    /** The fingerprinted address of a file under {@code static/}, for a page's script. */
    public String asset(String name) {
        return assets.url(name);
    }

    public Fmt fmt() {
        return fmt;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
