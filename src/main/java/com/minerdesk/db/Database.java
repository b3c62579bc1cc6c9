package com.minerdesk.db;

import static com.minerdesk.db.generated.Tables.SITE_STATE;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The connection pool, the migrations and the jOOQ context. Every write goes through
 * {@link #write}, which bumps the content version in the same transaction so that page caches
 * and ETags of every instance notice the change.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final DSLContext dsl;
    private final ContentVersion contentVersion;

    private Database(HikariDataSource pool, SQLDialect dialect, ExecuteListener... listeners) {
        this.pool = pool;
        this.dataSource = new OneConnectionPerThread(pool, OneConnectionPerThread.strictFromSystemProperty());
        Configuration cfg = new DefaultConfiguration()
                .set(dataSource)
                .set(dialect)
                .set(new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED))
                .set(listeners);
        this.dsl = DSL.using(cfg);
        this.contentVersion = new ContentVersion(dsl);
    }

    /** Opens the pool and migrates the schema. */
    public static Database open(String url, String user, String password, ExecuteListener... listeners) {
        String jdbcUrl = JdbcUrls.withRequiredOptions(url);
        String effectivePassword = FileDatabases.prepare(jdbcUrl, user, password);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        hc.setUsername(user);
        hc.setPassword(effectivePassword);
        hc.setMaximumPoolSize(Math.max(8, Runtime.getRuntime().availableProcessors() * 4));
        hc.setPoolName("minerdesk");
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(hc);
        FileDatabases.opened(jdbcUrl);
        try {
            // outOfOrder: V12 came after V20 and V40 were released, so databases made before it must
            // still take it; new migrations are numbered above the highest (V41 on).
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, JdbcUrls.dialect(jdbcUrl), listeners);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SQLDialect dialect() {
        return dsl.dialect();
    }

    public ContentVersion contentVersion() {
        return contentVersion;
    }

    /** Runs a write in one transaction, bumping the content version with it. */
    public <T> T write(Function<DSLContext, T> work) {
        T result = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            T r = work.apply(tx);
            tx.update(SITE_STATE)
                    .set(SITE_STATE.CONTENT_VERSION, SITE_STATE.CONTENT_VERSION.plus(1))
                    .set(SITE_STATE.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(SITE_STATE.ID.eq(1))
                    .execute();
            return r;
        });
        contentVersion.refreshNow();
        return result;
    }

    public void writeVoid(Consumer<DSLContext> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** True when the database answers a trivial query. */
    public boolean isHealthy() {
        try {
            return dsl.selectOne().fetchOne(0, Integer.class) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
