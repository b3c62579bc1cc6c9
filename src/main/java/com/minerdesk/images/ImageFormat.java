package com.minerdesk.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image files an editor may upload, told apart by their first bytes, never by their name. */
enum ImageFormat {
    PNG("PNG", "image/png", "png", List.of("png")),
    JPEG("JPEG", "image/jpeg", "jpg", List.of("jpg", "jpeg")),
    WEBP("WebP", "image/webp", "webp", List.of("webp"));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    final String label;
    final String mediaType;
    final String extension;
    private final List<String> names;

    ImageFormat(String label, String mediaType, String extension, List<String> names) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
        this.names = names;
    }

    /** The format the file's content is in, whatever it is called. */
    static Optional<ImageFormat> sniff(byte[] file) {
        if (startsWith(file, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(file, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(file, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(file, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format a file name's extension claims, if it names one of these. */
    static Optional<ImageFormat> claimedBy(String extension) {
        String e = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(e)).findFirst();
    }

    /** A stored image's format (only PNG and JPEG are ever stored). */
    static ImageFormat ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no image format " + mediaType));
    }

    private static boolean startsWith(byte[] file, int offset, byte[] prefix) {
        return file.length >= offset + prefix.length
                && Arrays.equals(file, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
