package com.minerdesk.web;

/**
 * What the layout needs on every page: the absolute base URL, the page's canonical URL, the
 * fingerprinted stylesheet, whether demo data is shown, and the signed-in editor (if any).
 */
public record Site(
        String name,
        String baseUrl,
        String path,
        String canonicalUrl,
        String stylesheet,
        boolean demoData,
        Object user,
        String csrfToken) {

    public boolean signedIn() {
        return user != null;
    }

    /** "page" when the navigation entry for {@code section} is the current page's, for aria-current. */
    public String current(String section) {
        boolean here = "/".equals(section) ? "/".equals(path) : path.equals(section) || path.startsWith(section + "/");
        return here ? "page" : null;
    }

    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
