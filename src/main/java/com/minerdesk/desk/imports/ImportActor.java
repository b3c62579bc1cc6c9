package com.minerdesk.desk.imports;

/** Who makes an import, as the import log keeps it. */
public record ImportActor(Long userId, String name) {
}
