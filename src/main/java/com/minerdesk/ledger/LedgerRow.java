package com.minerdesk.ledger;

import org.jooq.Record;

/** A row read from a line of an uploaded ledger file. */
public record LedgerRow(int line, Record record) {
}
