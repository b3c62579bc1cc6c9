package com.minerdesk.web;

import io.javalin.security.RouteRole;

/** Who may use a route: every route in {@code app/RouteTable} names exactly one. */
public enum Role implements RouteRole {
    /** Readers, signed in or not. */
    ANYONE,
    /** Signed-in editors (admins included). */
    EDITOR,
    /** Signed-in admins only. */
    ADMIN
}
