package com.minerdesk.writeups;

/** A published write-up's page, with its neighbours in publication order (either may be null). */
public record PublicWriteup(WriteupCard card, String bodyHtml, WriteupCard previous, WriteupCard next) {
}
