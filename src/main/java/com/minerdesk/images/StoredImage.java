package com.minerdesk.images;

/** The bytes of a stored image, as served. */
record StoredImage(String sha256, ImageFormat format, byte[] content) {
}
