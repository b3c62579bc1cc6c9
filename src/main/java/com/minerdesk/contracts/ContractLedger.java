package com.minerdesk.contracts;

import static com.minerdesk.db.generated.Tables.CONTRACTS;
import static com.minerdesk.db.generated.Tables.CONTRACT_VERSIONS;

import com.minerdesk.db.generated.tables.records.ContractVersionsRecord;
import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.ImportLog;
import com.minerdesk.ledger.LedgerTable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Writes contracts: the identity row once, then every status change or restated term as a new
 * version through {@link LedgerTable}, each version naming the import-log entry that added it.
 * Runs inside the caller's {@code Database.write}.
 */
public final class ContractLedger {
    static final LedgerTable<ContractVersionsRecord> VERSIONS = new LedgerTable<>(CONTRACT_VERSIONS,
            List.of(CONTRACT_VERSIONS.CONTRACT_ID),
            List.of(CONTRACT_VERSIONS.STATUS, CONTRACT_VERSIONS.STATUS_DATE, CONTRACT_VERSIONS.SITE,
                    CONTRACT_VERSIONS.CRITICAL_IT_MW, CONTRACT_VERSIONS.GROSS_MW, CONTRACT_VERSIONS.TERM_YEARS,
                    CONTRACT_VERSIONS.VALUE_USD, CONTRACT_VERSIONS.START_DATE, CONTRACT_VERSIONS.ENERGIZATION_DATE,
                    CONTRACT_VERSIONS.BACKSTOP, CONTRACT_VERSIONS.SOURCE_URL, CONTRACT_VERSIONS.ACCESSION,
                    CONTRACT_VERSIONS.PUBLISHED, CONTRACT_VERSIONS.SAMPLE),
            CONTRACT_VERSIONS.VERSION, CONTRACT_VERSIONS.IS_CURRENT, CONTRACT_VERSIONS.IMPORT_ID,
            CONTRACT_VERSIONS.RECORDED_AT);

    private ContractLedger() {
    }

    /** Logs one form save of a contract version as an entry of the import log (kind contracts). */
    static long formEntry(DSLContext tx, ImportActor actor, boolean added, LocalDate day, OffsetDateTime at) {
        return entry(tx, actor, "", ChangeOperation.FORM, 1, added ? 1 : 0, day, day, at);
    }

    /** An entry of the import log (kind contracts) for {@code rows} contract versions, {@code added} of them new contracts. */
    public static long entry(DSLContext tx, ImportActor actor, String fileName, ChangeOperation operation, int rows, int added,
            LocalDate first, LocalDate last, OffsetDateTime at) {
        return ImportLog.recordLedger(tx, actor, operation, fileName, ContractKind.CSV, rows, added, rows - added, first, last, at);
    }

    /**
     * Adds a contract with its first version; returns the contract's id. A reference whose versions
     * were all rolled back is taken up again, with the identity given now.
     */
    public static long create(DSLContext tx, long entryId, OffsetDateTime at, long companyId, String ref, String counterparty,
            Long pivotEventId, ContractTerms terms) {
        Long existing = tx.select(CONTRACTS.ID).from(CONTRACTS).where(CONTRACTS.REF.eq(ref)).fetchOne(CONTRACTS.ID);
        long id = existing != null ? existing : tx.insertInto(CONTRACTS).set(CONTRACTS.REF, ref).set(CONTRACTS.COMPANY_ID, companyId)
                .set(CONTRACTS.COUNTERPARTY, counterparty).set(CONTRACTS.PIVOT_EVENT_ID, pivotEventId)
                .returning(CONTRACTS.ID).fetchOne(CONTRACTS.ID);
        if (existing != null) {
            tx.update(CONTRACTS).set(CONTRACTS.COMPANY_ID, companyId).set(CONTRACTS.COUNTERPARTY, counterparty)
                    .set(CONTRACTS.PIVOT_EVENT_ID, pivotEventId).where(CONTRACTS.ID.eq(id)).execute();
        }
        VERSIONS.append(tx, entryId, at, List.of(version(id, terms)));
        return id;
    }

    /** A status change or restated terms: a new current version, unless the terms equal the current ones. */
    public static LedgerTable.Appended restate(DSLContext tx, long entryId, OffsetDateTime at, long contractId, ContractTerms terms) {
        return VERSIONS.append(tx, entryId, at, List.of(version(contractId, terms)));
    }

    static boolean wouldChange(DSLContext dsl, long contractId, ContractTerms terms) {
        return VERSIONS.wouldChange(dsl, version(contractId, terms));
    }

    static ContractVersionsRecord version(long contractId, ContractTerms t) {
        ContractVersionsRecord r = new ContractVersionsRecord();
        r.setContractId(contractId);
        r.setStatus(t.status());
        r.setStatusDate(t.statusDate());
        r.setSite(t.site());
        r.setCriticalItMw(t.criticalItMw());
        r.setGrossMw(t.grossMw());
        r.setTermYears(t.termYears());
        r.setValueUsd(t.valueUsd());
        r.setStartDate(t.startDate());
        r.setEnergizationDate(t.energizationDate());
        r.setBackstop(t.backstop());
        r.setSourceUrl(t.sourceUrl());
        r.setAccession(t.accession());
        r.setPublished(t.published());
        r.setSample(t.sample());
        return r;
    }
}
