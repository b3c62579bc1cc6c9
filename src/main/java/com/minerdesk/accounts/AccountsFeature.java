package com.minerdesk.accounts;

import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.web.Pages;
import java.time.Clock;

/**
 * Accounts: the session/CSRF filter (the before-handler every request passes), sign-in, the admin
 * pages, each editor's own profile and the invitation links; {@code clientAddress} tells other features who is asking; {@code expiredForms} takes
 * the forms of other features that are shown again when their session has ended.
 */
public record AccountsFeature(AccountsFilter filter, LoginRoutes login, AdminRoutes admin, ProfileRoutes profile,
        InvitationRoutes invitations, ClientAddress clientAddress, ExpiredForms expiredForms) {

    public static AccountsFeature of(Config config, Database db, Pages pages, Clock clock) {
        Sessions sessions = new Sessions(db.dsl(), clock);
        ClientAddress clientAddress = new ClientAddress(config.trustedProxies());
        SignInCheck check = new SignInCheck(db, sessions, new LoginThrottle(db.dsl(), clock), clientAddress,
                config.httpsBaseUrl(), clock);
        ExpiredForms expiredForms = new ExpiredForms(check);
        return new AccountsFeature(new AccountsFilter(sessions, expiredForms, check),
                new LoginRoutes(db, pages, check, clientAddress, clock),
                new AdminRoutes(db, pages, clientAddress, clock), new ProfileRoutes(db, pages, clientAddress, clock),
                new InvitationRoutes(db, pages, check, clientAddress, clock), clientAddress, expiredForms);
    }
}
