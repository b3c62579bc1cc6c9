package com.minerdesk.desk;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/** What every desk handler needs besides the account ({@code Access.user}): the client address for the audit log, the clock, and page rendering. */
public final class DeskPage {
    private final Pages pages;
    private final ClientAddress clientAddress;
    private final Clock clock;

    DeskPage(Pages pages, ClientAddress clientAddress, Clock clock) {
        this.pages = pages;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }


    public String clientIp(Context ctx) {
        return clientAddress.of(ctx);
    }

    public Pages pages() {
        return pages;
    }

    public void render(Context ctx, int status, String template, PageMeta meta, Map<String, ?> model) {
        ctx.status(status);
        pages.render(ctx, template, meta, model);
    }
}
