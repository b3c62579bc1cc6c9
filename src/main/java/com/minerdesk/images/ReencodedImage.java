package com.minerdesk.images;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload as the server wrote it anew: only pixels, no metadata; named by the SHA-256 of its bytes. */
record ReencodedImage(byte[] bytes, ImageFormat format, int width, int height) {

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
