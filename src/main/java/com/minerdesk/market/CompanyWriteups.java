package com.minerdesk.market;

import java.time.OffsetDateTime;
import java.util.List;

/** The newest public write-ups that mention a company, for its page (answered by the write-ups feature). */
@FunctionalInterface
public interface CompanyWriteups {

    List<Link> newest(String ticker, int limit);

    record Link(String title, String path, String summary, OffsetDateTime publishAt) {
    }
}
