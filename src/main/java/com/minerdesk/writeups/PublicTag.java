package com.minerdesk.writeups;

import java.time.OffsetDateTime;

/** A tag with at least one public write-up, and when the newest of them was published. */
public record PublicTag(Tag tag, OffsetDateTime newest) {
}
