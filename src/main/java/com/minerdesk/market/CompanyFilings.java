package com.minerdesk.market;

import java.time.LocalDate;
import java.util.List;

/** The newest filings of a company, for its page (answered by the filings feature). */
@FunctionalInterface
public interface CompanyFilings {

    List<Link> newest(long companyId, int limit);

    record Link(String form, LocalDate filed, LocalDate period, String items, String url) {
    }
}
