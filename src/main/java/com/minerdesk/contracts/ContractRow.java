package com.minerdesk.contracts;

import java.time.OffsetDateTime;

/** A contract with one of its versions (the current one in tables, each one in the status history). */
public record ContractRow(long id, String ref, String ticker, String companyName, String counterparty, Long pivotEventId,
        int version, boolean current, ContractTerms terms, OffsetDateTime recordedAt) {
}
