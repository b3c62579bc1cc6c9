package com.minerdesk.production;

import com.minerdesk.db.Database;
import com.minerdesk.filings.FilingsFeature;
import com.minerdesk.market.CompanyProduction;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Pages;
import java.time.Clock;

/** Monthly operating reports (#16): the public pages and downloads, the section of each company page, the editor's form. */
public record ProductionFeature(ProductionPages pages, CompanyProduction companySection, ProductionForm form,
        ProductionFeed feed) {

    public static ProductionFeature of(Database db, MarketData market, Pages pages, Clock clock, FilingsFeature filings) {
        ProductionQueries queries = new ProductionQueries(db.dsl());
        return new ProductionFeature(new ProductionPages(queries, market, pages), new CompanyProductionSection(queries),
                new ProductionForm(db, market, pages, clock, filings::newestCurrentReports),
                new ProductionFeed(db.dsl(), pages));
    }
}
