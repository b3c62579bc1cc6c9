package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Who did what, when and from where: sign-ins, saves, publications, account changes, data changes. */
public final class Audit {
    public record Entry(OffsetDateTime at, String actor, String action, String subject, String clientIp) {
    }

    private Audit() {
    }

    /** Records an action at {@code at} inside the caller's transaction. {@code user} may be null (a failed sign-in). */
    public static void record(DSLContext tx, OffsetDateTime at, CurrentUser user, String clientIp, String action, String subject) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.USER_ID, user == null ? null : user.id())
                .set(AUDIT_LOG.ACTOR, user == null ? "anonymous" : user.email())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.SUBJECT, truncate(subject, 300))
                .set(AUDIT_LOG.CLIENT_IP, truncate(clientIp, 64))
                .execute();
    }

    public static List<Entry> recent(DSLContext dsl, int limit, int offset) {
        return recent(dsl, DSL.noCondition(), limit, offset);
    }

    /** Changes to content only: no sign-ins (with what was typed) and no account changes, which are for admins. */
    public static List<Entry> recentContent(DSLContext dsl, int limit, int offset) {
        return recent(dsl, AUDIT_LOG.ACTION.notLike("sign-%").and(AUDIT_LOG.ACTION.notLike("account-%"))
                .and(AUDIT_LOG.ACTION.notLike("password-%")), limit, offset);
    }

    private static List<Entry> recent(DSLContext dsl, Condition which, int limit, int offset) {
        return dsl.selectFrom(AUDIT_LOG).where(which).orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
                .limit(limit).offset(offset)
                .fetch(r -> new Entry(r.getAt(), r.getActor(), r.getAction(), r.getSubject(), r.getClientIp()));
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
