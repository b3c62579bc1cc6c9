package com.minerdesk.network;

import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;

import com.minerdesk.db.generated.tables.records.NetworkDaysRecord;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.LineCheck;
import com.minerdesk.ledger.LedgerContext;
import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Network days as the desk imports them: {@code date,difficulty,blocks,subsidy_btc,fees_btc,hashrate_ehs}
 * (hashrate_ehs may be empty). A day is one UTC day.
 */
public final class NetworkDayKind implements LedgerKind<NetworkDaysRecord> {
    public static final List<String> HEADER = List.of("date", "difficulty", "blocks", "subsidy_btc", "fees_btc", "hashrate_ehs");
    public static final CsvKind CSV = new CsvKind("network_days", "network days", HEADER);
    /** A day has about 144 blocks; more than 1,000 is no real day. */
    static final int MAX_BLOCKS = 1000;
    public static final LedgerTable<NetworkDaysRecord> TABLE = new LedgerTable<>(NETWORK_DAYS,
            List.of(NETWORK_DAYS.UTC_DAY),
            List.of(NETWORK_DAYS.DIFFICULTY, NETWORK_DAYS.BLOCKS, NETWORK_DAYS.SUBSIDY_BTC, NETWORK_DAYS.FEES_BTC,
                    NETWORK_DAYS.HASHRATE_EHS, NETWORK_DAYS.SOURCE_URL, NETWORK_DAYS.PUBLISHED, NETWORK_DAYS.SAMPLE),
            NETWORK_DAYS.VERSION, NETWORK_DAYS.IS_CURRENT, NETWORK_DAYS.IMPORT_ID, NETWORK_DAYS.RECORDED_AT);
    public static final NetworkDayKind KIND = new NetworkDayKind();

    private NetworkDayKind() {
    }

    @Override
    public CsvKind csv() {
        return CSV;
    }

    @Override
    public LedgerTable<NetworkDaysRecord> table() {
        return TABLE;
    }

    @Override
    public NetworkDaysRecord read(LineCheck line, LedgerContext context) {
        LocalDate day = line.day(1);
        BigDecimal difficulty = line.positive(2, 24, 2);
        Integer blocks = line.whole(3, 0, MAX_BLOCKS);
        BigDecimal subsidy = line.notNegative(4, 16, 8);
        BigDecimal fees = line.notNegative(5, 16, 8);
        BigDecimal hashrate = line.optionalPositive(6, 12, 3);
        if (day != null && day.isAfter(context.today())) {
            line.error(1, day + " is in the future (today is " + context.today() + " UTC)");
        }
        if (day != null && blocks != null && subsidy != null) {
            String problem = HalvingSchedule.problem(day, blocks, subsidy);
            if (problem != null) {
                line.error(4, problem);
            }
        }
        return line.ok() ? row(day, difficulty, blocks, subsidy, fees, hashrate, null, false) : null;
    }

    /** A network day's facts as a row to append; {@code hashrateEhs} and {@code sourceUrl} may be null. */
    public static NetworkDaysRecord row(LocalDate day, BigDecimal difficulty, int blocks, BigDecimal subsidyBtc,
            BigDecimal feesBtc, BigDecimal hashrateEhs, String sourceUrl, boolean sample) {
        NetworkDaysRecord r = new NetworkDaysRecord();
        r.setUtcDay(day);
        r.setDifficulty(difficulty);
        r.setBlocks(blocks);
        r.setSubsidyBtc(subsidyBtc);
        r.setFeesBtc(feesBtc);
        r.setHashrateEhs(hashrateEhs);
        r.setSourceUrl(sourceUrl);
        r.setSample(sample);
        return r;
    }

    @Override
    public LocalDate day(NetworkDaysRecord row) {
        return row.getUtcDay();
    }

    @Override
    public String subject(NetworkDaysRecord row) {
        return row.getUtcDay().toString();
    }
}
