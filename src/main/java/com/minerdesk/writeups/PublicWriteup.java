package com.minerdesk.writeups;

/**
 * A published write-up's page, with its neighbours in publication order (either may be null) and its
 * author's bio from the profile (empty when none was written).
 */
public record PublicWriteup(WriteupCard card, String bodyHtml, WriteupCard previous, WriteupCard next, String authorBio) {
}
