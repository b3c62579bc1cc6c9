package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.INVITATIONS;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;

/** One-time invitation links: only the token's SHA-256 is stored; a link works once, for seven days. */
public final class Invitations {
    static final Duration VALID_FOR = Duration.ofDays(7);

    private Invitations() {
    }

    /** An invitation as the admin page lists it and the invitation page shows it. */
    public record Invitation(long id, String email, String name, String role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime usedAt) {
        public boolean openAt(OffsetDateTime now) {
            return usedAt == null && expiresAt.isAfter(now);
        }
    }

    /** Stores a new invitation inside the caller's transaction and returns the token for the link. */
    static String create(DSLContext tx, String email, String name, String role, long createdBy, OffsetDateTime now) {
        String token = Tokens.random();
        tx.insertInto(INVITATIONS)
                .set(INVITATIONS.TOKEN_HASH, Tokens.sha256(token))
                .set(INVITATIONS.EMAIL, email)
                .set(INVITATIONS.NAME, name)
                .set(INVITATIONS.ROLE, role)
                .set(INVITATIONS.CREATED_BY, createdBy)
                .set(INVITATIONS.CREATED_AT, now)
                .set(INVITATIONS.EXPIRES_AT, now.plus(VALID_FOR))
                .execute();
        return token;
    }

    /** The open invitation of a link, locked when {@code tx} is a write transaction. */
    static Optional<Invitation> open(DSLContext dsl, String token, OffsetDateTime now, boolean lock) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        var query = dsl.select(INVITATIONS.ID, INVITATIONS.EMAIL, INVITATIONS.NAME, INVITATIONS.ROLE, INVITATIONS.CREATED_AT,
                        INVITATIONS.EXPIRES_AT, INVITATIONS.USED_AT)
                .from(INVITATIONS).where(INVITATIONS.TOKEN_HASH.eq(Tokens.sha256(token)));
        return (lock ? query.forUpdate() : query).fetchOptional(Records.mapping(Invitation::new)).filter(i -> i.openAt(now));
    }

    static void markUsed(DSLContext tx, long id, long userId, OffsetDateTime now) {
        tx.update(INVITATIONS).set(INVITATIONS.USED_AT, now).set(INVITATIONS.USED_BY, userId).where(INVITATIONS.ID.eq(id)).execute();
    }

    /** The newest invitations first, for the admin page. */
    static List<Invitation> recent(DSLContext dsl, int limit) {
        return dsl.select(INVITATIONS.ID, INVITATIONS.EMAIL, INVITATIONS.NAME, INVITATIONS.ROLE, INVITATIONS.CREATED_AT,
                        INVITATIONS.EXPIRES_AT, INVITATIONS.USED_AT)
                .from(INVITATIONS).orderBy(INVITATIONS.CREATED_AT.desc(), INVITATIONS.ID.desc()).limit(limit)
                .fetch(Records.mapping(Invitation::new));
    }
}
