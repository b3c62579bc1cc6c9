package com.minerdesk.accounts;

/** The signed-in account, as the request attribute {@code RequestAttributes.USER}. */
public record CurrentUser(long id, String email, String name, String slug, String role) {

    public boolean isAdmin() {
        return "admin".equals(role);
    }
}
