package com.minerdesk.accounts;

import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.web.Feature;
import com.minerdesk.web.Pages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/** Accounts: the session/CSRF filter, sign-in, and admin pages. */
public final class AccountsFeature implements Feature {
    private final AccountsFilter filter;
    private final LoginRoutes login;
    private final AdminRoutes admin;
    private final ClientAddress clientAddress;

    public AccountsFeature(Config config, Database db, Pages pages, Clock clock) {
        Sessions sessions = new Sessions(db.dsl(), clock);
        this.clientAddress = new ClientAddress(config.trustedProxies());
        this.filter = new AccountsFilter(sessions);
        this.login = new LoginRoutes(db, pages, sessions, new LoginThrottle(db.dsl(), clock), clientAddress,
                config.httpsBaseUrl());
        this.admin = new AdminRoutes(db, pages, clientAddress);
    }

    public ClientAddress clientAddress() {
        return clientAddress;
    }

    /** The before-handler every request passes (register it before any route). */
    public AccountsFilter filter() {
        return filter;
    }

    @Override
    public void routes(RoutesConfig routes) {
        login.routes(routes);
        admin.routes(routes);
    }
}
