package com.minerdesk.writeups;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters and digits joined by single hyphens. */
final class Slugs {
    static final int MAX = 120;
    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private Slugs() {
    }

    /** The slug of a title or tag name; empty when nothing usable is left. */
    static String of(String text, int max) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug;
    }

    static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX && VALID.matcher(slug).matches();
    }
}
