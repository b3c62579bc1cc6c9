package com.minerdesk.accounts;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address for throttling and the audit log: the socket address, unless the request
 * comes from a proxy listed in {@code TRUSTED_PROXIES}, in which case the nearest untrusted address of
 * X-Forwarded-For (all its lines, read right to left). A client cannot spoof it by sending the header itself.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;

    public ClientAddress(String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(Context ctx) {
        String socket = ctx.req().getRemoteAddr();
        if (!trustedProxies.contains(socket)) {
            return socket;
        }
        // every header line counts: a proxy appends its own line after any the client sent
        List<String> hops = Collections.list(ctx.req().getHeaders("X-Forwarded-For")).stream()
                .flatMap(line -> Arrays.stream(line.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                String hop = hops.get(i);
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return socket;
    }
}
