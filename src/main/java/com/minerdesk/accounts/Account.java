package com.minerdesk.accounts;

import java.time.OffsetDateTime;

/** A stored account, as listed on the admin page, with its profile (the name is the display name, and a short bio). */
public record Account(long id, String email, String name, String slug, String role, boolean disabled,
        OffsetDateTime createdAt, String bio) {

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, email, name, slug, role);
    }
}
