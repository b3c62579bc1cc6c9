package com.minerdesk.images;

/** An upload that is not stored, with the message the editor sees beside the file field. */
final class ImageRejected extends Exception {
    ImageRejected(String message) {
        super(message, null, false, false);
    }
}
