package com.minerdesk.web;

import io.javalin.config.RoutesConfig;

/** A feature package registers its own routes; {@code App} only lists the features. */
public interface Feature {
    void routes(RoutesConfig routes);
}
