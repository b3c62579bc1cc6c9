package com.minerdesk.desk;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.RequestAttributes;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Map;

/** What every desk handler needs: the signed-in editor, their address for the audit log, and page rendering. */
final class DeskPage {
    private final Pages pages;
    private final ClientAddress clientAddress;

    DeskPage(Pages pages, ClientAddress clientAddress) {
        this.pages = pages;
        this.clientAddress = clientAddress;
    }

    /** The signed-in editor; the accounts filter has already sent anyone else to the sign-in page. */
    static CurrentUser editor(Context ctx) {
        CurrentUser user = ctx.attribute(RequestAttributes.USER);
        if (user == null) {
            throw new UnauthorizedResponse("Sign in to use the data desk.");
        }
        return user;
    }

    String clientIp(Context ctx) {
        return clientAddress.of(ctx);
    }

    Pages pages() {
        return pages;
    }

    /** Renders an editor page that no cache may keep. */
    void render(Context ctx, int status, String template, PageMeta meta, Map<String, ?> model) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, template, meta, model);
    }
}
