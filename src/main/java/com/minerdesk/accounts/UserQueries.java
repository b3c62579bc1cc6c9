package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.USERS;

import com.minerdesk.db.generated.tables.records.UsersRecord;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/** Accounts: lookup, creation, disabling and password resets. */
public final class UserQueries {
    private final DSLContext dsl;

    public UserQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<UsersRecord> byEmail(String email) {
        return dsl.selectFrom(USERS).where(USERS.EMAIL.eq(normaliseEmail(email))).fetchOptional();
    }

    public Optional<Account> byId(long id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id)).fetchOptional(UserQueries::toAccount);
    }

    public Optional<Account> bySlug(String slug) {
        return dsl.selectFrom(USERS).where(USERS.SLUG.eq(slug)).fetchOptional(UserQueries::toAccount);
    }

    public List<Account> all() {
        return dsl.selectFrom(USERS).orderBy(USERS.NAME, USERS.ID).fetch(UserQueries::toAccount);
    }

    public boolean any() {
        return dsl.fetchExists(USERS);
    }

    /** Creates an account inside the caller's transaction; the password must already satisfy the policy. */
    public static long create(DSLContext tx, String email, String name, String role, String password) {
        return createWithHash(tx, email, name, role, Passwords.hash(password));
    }

    /** As {@link #create}, with the password hashed already (outside the transaction). */
    static long createWithHash(DSLContext tx, String email, String name, String role, String passwordHash) {
        String base = slugOf(name);
        String slug = base;
        for (int i = 2; tx.fetchExists(USERS, USERS.SLUG.eq(slug)); i++) {
            slug = base + "-" + i;
        }
        return tx.insertInto(USERS)
                .set(USERS.EMAIL, normaliseEmail(email))
                .set(USERS.NAME, name.trim())
                .set(USERS.SLUG, slug)
                .set(USERS.ROLE, role)
                .set(USERS.PASSWORD_HASH, passwordHash)
                .returning(USERS.ID)
                .fetchOne(USERS.ID);
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "editor" : slug.length() > 120 ? slug.substring(0, 120) : slug;
    }

    static Account toAccount(UsersRecord r) {
        return new Account(r.getId(), r.getEmail(), r.getName(), r.getSlug(), r.getRole(), r.getDisabled(),
                r.getCreatedAt(), r.getBio());
    }
}
