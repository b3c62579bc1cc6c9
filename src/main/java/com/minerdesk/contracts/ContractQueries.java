package com.minerdesk.contracts;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.CONTRACTS;
import static com.minerdesk.db.generated.Tables.CONTRACT_VERSIONS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;


/** Reads contracts: the current versions (tables, totals), one contract's versions (its status history). */
public final class ContractQueries {
    private static final Field<BigDecimal> IT_MW = sum(CONTRACT_VERSIONS.CRITICAL_IT_MW).as("it_mw");
    private static final Field<BigDecimal> GROSS_MW = sum(CONTRACT_VERSIONS.GROSS_MW).as("gross_mw");
    private static final Field<BigDecimal> VALUE = sum(CONTRACT_VERSIONS.VALUE_USD).as("value_usd");
    private static final Field<Integer> COUNT = count().as("contracts");
    /** The statuses in the order a deal goes through them. */
    private static final Field<Integer> STATUS_ORDER = ContractStatus.orderOf(CONTRACT_VERSIONS.STATUS);
    private final DSLContext dsl;

    public ContractQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The current version of every contract, optionally of one status, in the given order. */
    public List<ContractRow> current(ContractStatus status, ContractSort sort) {
        Condition where = CONTRACT_VERSIONS.IS_CURRENT.isTrue();
        if (status != null) {
            where = where.and(CONTRACT_VERSIONS.STATUS.eq(status.code()));
        }
        return joined().where(where).orderBy(sort.field(), ContractSort.tieBreak()).fetch(ContractQueries::row);
    }

    public List<ContractRow> ofCompany(long companyId) {
        return joined().where(CONTRACT_VERSIONS.IS_CURRENT.isTrue()).and(CONTRACTS.COMPANY_ID.eq(companyId))
                .orderBy(CONTRACT_VERSIONS.STATUS_DATE.desc(), ContractSort.tieBreak()).fetch(ContractQueries::row);
    }

    /**
     * The versions that announced a contract or changed its status with a status date in [from, to],
     * oldest first: a first version, or one whose status differs from the version before it (a
     * restatement of terms alone is not news for the week).
     */
    public List<ContractRow> statusChangesBetween(LocalDate from, LocalDate to) {
        var before = CONTRACT_VERSIONS.as("before");
        return joined().leftJoin(before).on(before.CONTRACT_ID.eq(CONTRACT_VERSIONS.CONTRACT_ID))
                .and(before.VERSION.eq(CONTRACT_VERSIONS.VERSION.minus(1)))
                .where(CONTRACT_VERSIONS.STATUS_DATE.between(from, to))
                .and(before.ID.isNull().or(before.STATUS.ne(CONTRACT_VERSIONS.STATUS)))
                .orderBy(CONTRACT_VERSIONS.STATUS_DATE.asc(), ContractSort.tieBreak(), CONTRACT_VERSIONS.VERSION.asc())
                .fetch(ContractQueries::row);
    }

    /** Every version of one contract, newest first. */
    public List<ContractRow> history(String ref) {
        return joined().where(CONTRACTS.REF.eq(ref)).orderBy(CONTRACT_VERSIONS.VERSION.desc()).fetch(ContractQueries::row);
    }

    public Optional<ContractRow> currentByRef(String ref) {
        return joined().where(CONTRACTS.REF.eq(ref)).and(CONTRACT_VERSIONS.IS_CURRENT.isTrue()).fetchOptional(ContractQueries::row);
    }

    public boolean refExists(String ref) {
        return dsl.fetchExists(CONTRACTS, CONTRACTS.REF.eq(ref));
    }

    /** The contracts that name one of these pivot events, for their entries on {@code /pivots}. */
    public List<ContractRow> ofPivotEvents(Collection<Long> pivotEventIds) {
        return joined().where(CONTRACT_VERSIONS.IS_CURRENT.isTrue()).and(CONTRACTS.PIVOT_EVENT_ID.in(pivotEventIds))
                .orderBy(ContractSort.tieBreak()).fetch(ContractQueries::row);
    }

    /** Per company, the contracts in force or on the way: an ended contract is not counted. */
    public List<ContractTotal> totalsByCompany() {
        return totals(COMPANIES.TICKER, CONTRACT_VERSIONS.STATUS.ne(ContractStatus.ENDED.code()), COMPANIES.TICKER.asc());
    }

    public List<ContractTotal> totalsByStatus() {
        return totals(CONTRACT_VERSIONS.STATUS, DSL.trueCondition(), STATUS_ORDER.asc());
    }

    /**
     * Sums over the current versions only: a restated figure counts once, at its latest value. Each
     * sum comes with how many contracts reported the figure, so a total over fewer says so.
     */
    private List<ContractTotal> totals(Field<String> key, Condition which, SortField<?> order) {
        return dsl.select(key, COUNT, IT_MW, count(CONTRACT_VERSIONS.CRITICAL_IT_MW), GROSS_MW,
                        count(CONTRACT_VERSIONS.GROSS_MW), VALUE, count(CONTRACT_VERSIONS.VALUE_USD))
                .from(CONTRACTS)
                .join(COMPANIES).on(COMPANIES.ID.eq(CONTRACTS.COMPANY_ID))
                .join(CONTRACT_VERSIONS).on(CONTRACT_VERSIONS.CONTRACT_ID.eq(CONTRACTS.ID))
                .where(CONTRACT_VERSIONS.IS_CURRENT.isTrue()).and(which).groupBy(key).orderBy(order)
                .fetch(r -> new ContractTotal(r.get(key), r.get(COUNT), r.get(IT_MW), r.get(3, Integer.class),
                        r.get(GROSS_MW), r.get(5, Integer.class),
                        r.get(VALUE) == null ? null : r.get(VALUE).longValueExact(), r.get(7, Integer.class)));
    }

    private SelectOnConditionStep<Record> joined() {
        return dsl.select(CONTRACTS.ID, CONTRACTS.REF, COMPANIES.TICKER, COMPANIES.NAME, CONTRACTS.COUNTERPARTY,
                        CONTRACTS.PIVOT_EVENT_ID)
                .select(CONTRACT_VERSIONS.fields())
                .from(CONTRACTS).join(COMPANIES).on(COMPANIES.ID.eq(CONTRACTS.COMPANY_ID))
                .join(CONTRACT_VERSIONS).on(CONTRACT_VERSIONS.CONTRACT_ID.eq(CONTRACTS.ID));
    }

    private static ContractRow row(Record r) {
        ContractTerms terms = new ContractTerms(r.get(CONTRACT_VERSIONS.STATUS), r.get(CONTRACT_VERSIONS.STATUS_DATE),
                r.get(CONTRACT_VERSIONS.SITE), r.get(CONTRACT_VERSIONS.CRITICAL_IT_MW), r.get(CONTRACT_VERSIONS.GROSS_MW),
                r.get(CONTRACT_VERSIONS.TERM_YEARS), r.get(CONTRACT_VERSIONS.VALUE_USD), r.get(CONTRACT_VERSIONS.START_DATE),
                r.get(CONTRACT_VERSIONS.ENERGIZATION_DATE), r.get(CONTRACT_VERSIONS.BACKSTOP),
                r.get(CONTRACT_VERSIONS.SOURCE_URL), r.get(CONTRACT_VERSIONS.ACCESSION), r.get(CONTRACT_VERSIONS.PUBLISHED),
                r.get(CONTRACT_VERSIONS.SAMPLE));
        return new ContractRow(r.get(CONTRACTS.ID), r.get(CONTRACTS.REF), r.get(COMPANIES.TICKER), r.get(COMPANIES.NAME),
                r.get(CONTRACTS.COUNTERPARTY), r.get(CONTRACTS.PIVOT_EVENT_ID), r.get(CONTRACT_VERSIONS.VERSION),
                r.get(CONTRACT_VERSIONS.IS_CURRENT), terms, r.get(CONTRACT_VERSIONS.RECORDED_AT));
    }

}
