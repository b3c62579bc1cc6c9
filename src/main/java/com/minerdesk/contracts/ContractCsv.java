package com.minerdesk.contracts;

import com.minerdesk.exports.CsvDownload;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract file: one line per contract version, the format {@code /contracts.csv} writes (the
 * current versions) and the desk import reads. Empty cells are figures not reported.
 */
public final class ContractCsv {
    public static final List<String> HEADER = List.of("ref", "ticker", "counterparty", "status", "status_date", "site",
            "critical_it_mw", "gross_mw", "term_years", "value_usd", "start_date", "energization_date", "backstop",
            "source_url", "accession", "published");

    private ContractCsv() {
    }

    static void send(Context ctx, List<ContractRow> rows) {
        List<List<?>> lines = new ArrayList<>();
        for (ContractRow c : rows) {
            ContractTerms t = c.terms();
            lines.add(Arrays.asList(c.ref(), c.ticker(), c.counterparty(), t.status(), t.statusDate(), t.site(),
                    plain(t.criticalItMw()), plain(t.grossMw()), plain(t.termYears()), t.valueUsd(), t.startDate(),
                    t.energizationDate(), t.backstop(), t.sourceUrl(), t.accession(), t.published()));
        }
        CsvDownload.send(ctx, "minerdesk-contracts.csv", HEADER, lines);
    }

    static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }
}
