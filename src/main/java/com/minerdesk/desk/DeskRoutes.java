package com.minerdesk.desk;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.db.Database;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Feature;
import com.minerdesk.web.Pages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The data desk under {@code /editor} (signed-in editors only, by the accounts filter): CSV import
 * and its log (with rollback), the forms for companies, sector metrics and pivot events, and the
 * deletion of a company's bars over a date range. Every change is audited.
 */
public final class DeskRoutes implements Feature {
    private final ImportRoutes imports;
    private final CompanyForms companies;
    private final MetricForms metrics;
    private final PivotForms pivots;

    public DeskRoutes(Database db, MarketData market, Pages pages, ClientAddress clientAddress) {
        DeskPage page = new DeskPage(pages, clientAddress);
        Clock clock = Clock.systemUTC();
        this.imports = new ImportRoutes(new Importer(db, pages.fmt(), clock), new ImportRollback(db, pages.fmt(), clock),
                new BarDeleteForms(db, new BarDeletion(db, clock), page), page);
        this.companies = new CompanyForms(db, market, page);
        this.metrics = new MetricForms(db, page, clock);
        this.pivots = new PivotForms(db, market, page);
    }

    @Override
    public void routes(RoutesConfig routes) {
        imports.routes(routes);
        companies.routes(routes);
        metrics.routes(routes);
        pivots.routes(routes);
    }
}
