package com.minerdesk.production;

import com.minerdesk.db.Database;
import com.minerdesk.market.CompanyProduction;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Pages;

/** Monthly operating reports (#16): the public pages and downloads, and the section of each company page. */
public record ProductionFeature(ProductionPages pages, CompanyProduction companySection) {

    public static ProductionFeature of(Database db, MarketData market, Pages pages) {
        ProductionQueries queries = new ProductionQueries(db.dsl());
        return new ProductionFeature(new ProductionPages(queries, market, pages), new CompanyProductionSection(queries));
    }
}
