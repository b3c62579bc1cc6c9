package com.minerdesk.contracts;

import com.minerdesk.db.generated.tables.records.ContractVersionsRecord;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.LineCheck;
import com.minerdesk.ledger.LedgerContext;
import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerTable;
import java.time.LocalDate;

/**
 * Contract versions as the import log knows them: the entries of the contract forms roll back
 * through {@link ContractLedger#VERSIONS} like any ledger import. A contract file (the format of
 * {@code /contracts.csv}) is recognised but not imported yet: a new contract needs its identity row
 * first, which a line of the ledger import cannot create, so each line is refused with the way to
 * enter it.
 */
public final class ContractKind implements LedgerKind<ContractVersionsRecord> {
    public static final CsvKind CSV = new CsvKind("contracts", "AI/HPC contracts", ContractCsv.HEADER);
    public static final ContractKind KIND = new ContractKind();

    private ContractKind() {
    }

    @Override
    public CsvKind csv() {
        return CSV;
    }

    @Override
    public LedgerTable<ContractVersionsRecord> table() {
        return ContractLedger.VERSIONS;
    }

    @Override
    public ContractVersionsRecord read(LineCheck line, LedgerContext context) {
        line.error(1, "contract files are not imported yet: add a contract or a new version of one at /editor/contracts");
        return null;
    }

    @Override
    public LocalDate day(ContractVersionsRecord row) {
        return row.getStatusDate();
    }

    @Override
    public String subject(ContractVersionsRecord row) {
        return "contract " + row.getContractId() + " version " + row.getVersion();
    }
}
