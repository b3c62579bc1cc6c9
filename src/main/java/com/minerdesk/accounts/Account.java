package com.minerdesk.accounts;

import java.time.OffsetDateTime;

/** A stored account, as listed on the admin page. */
public record Account(long id, String email, String name, String slug, String role, boolean disabled,
        OffsetDateTime createdAt) {

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, email, name, slug, role);
    }
}
