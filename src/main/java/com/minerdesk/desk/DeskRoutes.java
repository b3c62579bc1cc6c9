package com.minerdesk.desk;

import com.minerdesk.desk.forms.CompanyForms;
import com.minerdesk.desk.forms.MetricForms;
import com.minerdesk.desk.forms.SharesForms;
import com.minerdesk.desk.forms.PivotForms;
import com.minerdesk.desk.forms.TradingForms;
import com.minerdesk.desk.imports.BarDeleteForms;
import com.minerdesk.desk.imports.BarDeletion;
import com.minerdesk.desk.imports.ImportRollback;
import com.minerdesk.desk.imports.ImportRoutes;
import com.minerdesk.desk.imports.Importer;
import com.minerdesk.desk.forms.CompanyForms;
import com.minerdesk.desk.forms.MetricForms;
import com.minerdesk.desk.forms.PivotForms;
import com.minerdesk.desk.imports.BarDeleteForms;
import com.minerdesk.desk.imports.BarDeletion;
import com.minerdesk.desk.imports.ImportRollback;
import com.minerdesk.desk.imports.ImportRoutes;
import com.minerdesk.desk.imports.Importer;
import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.db.Database;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Pages;
import java.time.Clock;

/**
 * The data desk under {@code /editor} (signed-in editors only, by the route table): CSV import
 * and its log (with rollback), the forms for companies, sector metrics, pivot events, shares outstanding and
 * trading status (not-trading days, listing dates), and the deletion of a company's bars over a date range.
 * Every change is audited.
 */
public record DeskRoutes(ImportRoutes imports, CompanyForms companies, MetricForms metrics, PivotForms pivots,
        BarDeleteForms barDeletes, SharesForms shares, TradingForms trading) {

    public static DeskRoutes of(Database db, MarketData market, Pages pages, ClientAddress clientAddress, Clock clock) {
        DeskPage page = new DeskPage(pages, clientAddress, clock);
        return new DeskRoutes(new ImportRoutes(new Importer(db, pages.fmt(), clock), new ImportRollback(db, pages.fmt(), clock), page),
                new CompanyForms(db, market, page), new MetricForms(db, page), new PivotForms(db, market, page),
                new BarDeleteForms(db, new BarDeletion(db, clock), page), new SharesForms(db, market, page),
                new TradingForms(db, market, page));
    }
}
