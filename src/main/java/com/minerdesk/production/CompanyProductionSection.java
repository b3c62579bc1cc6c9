package com.minerdesk.production;

import com.minerdesk.charts.ResponsiveChart;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyProduction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The production section of each company page: charts, the months with holdings, the restatement history. */
final class CompanyProductionSection implements CompanyProduction {
    private final ProductionQueries queries;

    CompanyProductionSection(ProductionQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Object> section(Company company) {
        List<CompanyMonth> oldestFirst = queries.company(company.id());
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        String slug = company.ticker().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
        String ticker = company.ticker();
        List<CompanyMonth> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        List<CompanySection.History> history = new ArrayList<>();
        for (CompanyMonth m : newestFirst) {
            m.restatements().forEach(r -> history.add(new CompanySection.History(m.report().getReportMonth(), r,
                    m.report().getSourceUrl())));
        }
        return Optional.of(new CompanySection(ticker, newestFirst,
                ResponsiveChart.of("chart-production-" + slug, (id, w) -> ProductionCharts.production(id, ticker, oldestFirst, w)),
                ResponsiveChart.of("chart-hashrate-" + slug, (id, w) -> ProductionCharts.hashRate(id, ticker, oldestFirst, w)),
                history));
    }
}
