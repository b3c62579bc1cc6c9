package com.minerdesk.live;

/** One line of the editor help page: what to type, what it means, and what it gives right now. */
public record HelpExample(String typed, String meaning, String output) {
}
