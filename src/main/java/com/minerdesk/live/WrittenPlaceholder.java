package com.minerdesk.live;

/** A valid placeholder and the line of the Markdown where the editor wrote it. */
public record WrittenPlaceholder(Placeholder placeholder, int line, String written) {
}
