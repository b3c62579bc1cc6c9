package com.minerdesk.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Watches the pool for a thread that asks for a connection while it still holds one (for example a
 * jOOQ row mapper that runs queries while its result set is open). Under load every pool connection
 * can end up held by such a thread waiting for a second one, and the pool deadlocks until its
 * timeout. In strict mode (the tests) the second request fails at once, naming the place; otherwise
 * it is logged at most once a minute and allowed.
 */
final class OneConnectionPerThread implements DataSource {
    static final String STRICT_PROPERTY = "minerdesk.strictConnections";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(OneConnectionPerThread.class);
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    private final DataSource pool;
    private final boolean strict;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    private volatile long loggedAt = System.nanoTime() - LOG_EVERY_NANOS;

    OneConnectionPerThread(DataSource pool, boolean strict) {
        this.pool = pool;
        this.strict = strict;
    }

    static boolean strictFromSystemProperty() {
        return Boolean.getBoolean(STRICT_PROPERTY);
    }

    @Override
    public Connection getConnection() throws SQLException {
        int[] count = held.get();
        if (count[0] > 0) {
            nested();
        }
        Connection c = pool.getConnection();
        count[0]++;
        return track(c, count);
    }

    private void nested() {
        var e = new IllegalStateException("This thread asked for a second database connection while holding one; "
                + "finish reading the first result (fetch, then map) or use the transaction's context.");
        if (strict) {
            throw e;
        }
        long now = System.nanoTime();
        if (now - loggedAt > LOG_EVERY_NANOS) {
            loggedAt = now;
            LOG.warn("Nested connection request (may exhaust the pool under load)", e);
        }
    }

    private static Connection track(Connection real, int[] count) {
        boolean[] closed = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0 && !closed[0]) {
                closed[0] = true;
                count[0]--;
            }
            if (method.getName().equals("unwrap") && args != null && ((Class<?>) args[0]).isInstance(real)) {
                return real;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool has fixed credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(pool) ? iface.cast(pool) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(pool) || pool.isWrapperFor(iface);
    }
}
