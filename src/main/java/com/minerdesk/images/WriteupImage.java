package com.minerdesk.images;

/** An image as one write-up uses it: its address, size, alt text there and whether it is featured. */
record WriteupImage(long imageId, String path, int width, int height, String alt, boolean featured) {

    /** What the editor pastes into the text to place the image. */
    public String markdown() {
        return "![" + alt.replace("]", "\\]") + "](" + path + ")";
    }
}
