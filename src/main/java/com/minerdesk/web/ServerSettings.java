package com.minerdesk.web;

import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Jetty settings the app relies on: no server version in any answer, the site's own answers for
 * requests Jetty rejects itself, and a graceful stop that lets in-flight requests finish.
 */
public final class ServerSettings {
    /** Below the 10 s a container runtime waits after SIGTERM before it sends SIGKILL. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(8);
    private final SecurityHeaders headers;

    public ServerSettings(SecurityHeaders headers) {
        this.headers = headers;
    }

    public void server(Server server) {
        server.setErrorHandler(new JettyErrors(headers));
        // On stop, connectors stop accepting and this waits for the requests already running.
        server.insertHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
    }

    public void http(HttpConfiguration http) {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
    }
}
