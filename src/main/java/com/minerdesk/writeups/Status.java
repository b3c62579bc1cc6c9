package com.minerdesk.writeups;

import java.util.Optional;

/** A write-up's status. A scheduled write-up is public once its publish time has passed. */
public enum Status {
    DRAFT, SCHEDULED, PUBLISHED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Status> parse(String value) {
        for (Status s : values()) {
            if (s.value().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static Status of(String stored) {
        return parse(stored).orElseThrow(() -> new IllegalStateException("unknown status " + stored));
    }
}
