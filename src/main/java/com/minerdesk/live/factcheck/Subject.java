package com.minerdesk.live.factcheck;

/**
 * What a sentence talks about, where: a company (by ticker) or one of the sector's figures.
 * {@code COMPANY_OWN} is a sector phrase used for one company ("ABTC's volume"): not checked.
 */
record Subject(Kind kind, String ticker, int start, int end) {

    enum Kind {
        COMPANY, COMPANY_OWN, SECTOR, SECTOR_CAP, SECTOR_VOLUME, CASH_COST, ALLIN_COST, CASH_MARGIN, ALLIN_MARGIN,
        HASHRATE, BTC
    }

    Subject at(int newStart, int newEnd) {
        return new Subject(kind, ticker, newStart, newEnd);
    }
}
