package com.minerdesk.images;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Images are served at {@code /images/{sha256}.{png|jpg}}: the address changes whenever the bytes would. */
final class ImagePaths {
    private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})\\.(png|jpg)");

    private ImagePaths() {
    }

    static String of(String sha256, ImageFormat format) {
        return "/images/" + sha256 + "." + format.extension;
    }

    /** The hash named by the {@code {file}} path parameter, or null when it is not an image's name. */
    static String hashIn(String file) {
        Matcher m = FILE.matcher(file);
        return m.matches() ? m.group(1) : null;
    }
}
