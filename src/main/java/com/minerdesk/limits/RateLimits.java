package com.minerdesk.limits;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A before-handler that answers 429 with Retry-After once a client has used up its requests. The
 * client is the address the accounts feature trusts (the socket, or X-Forwarded-For only from a
 * configured proxy), so sending the header yourself gets you nowhere.
 */
public final class RateLimits {
    /** Searches per client per minute: plenty for a reader, a wall for a scraper. */
    public static final int SEARCHES_PER_MINUTE = 60;
    private final RateLimiter limiter;
    private final Function<Context, String> clientAddress;

    public RateLimits(RateLimiter limiter, Function<Context, String> clientAddress) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
    }

    public void apply(Context ctx) {
        OptionalLong wait = limiter.hit(clientAddress.apply(ctx));
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(wait.getAsLong()));
            throw new HttpResponseException(429, "Too many searches from your address. Try again in "
                    + wait.getAsLong() + " seconds.");
        }
    }
}
