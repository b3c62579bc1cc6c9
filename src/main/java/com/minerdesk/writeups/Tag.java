package com.minerdesk.writeups;

/** A tag as readers see it: {@code /tags/{slug}}. */
public record Tag(String slug, String name) {
}
