package com.minerdesk.live;

import com.minerdesk.market.CompanyWeek;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Html;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /editor/help}: every placeholder with an example and its output for a week (the latest
 * by default, {@code ?week=yyyy-mm-dd} for another), rendered by the live engine itself.
 */
public final class EditorHelpRoutes {
    private static final String[][] INLINE = {
            {"{{T.close}}", "the company's last close of the week"},
            {"{{T.open}}", "its first open of the week"},
            {"{{T.change}}", "its weekly change: this week's last close over the previous week's last close − 1 (— without a bar in the previous week)"},
            {"{{T.volume}}", "its dollar volume over the week (each day's close × shares traded, summed)"},
            {"{{T.shares}}", "the shares it traded over the week"},
            {"{{T.marketcap}}", "its market cap at the week's close (imported, or close × shares outstanding)"},
            {"{{sector.marketcap}}", "the sector's market cap at the week's close"},
            {"{{sector.change}}", "the sector's market cap change from the previous week's close, over the companies with a close in both weeks"},
            {"{{sector.gainers}}", "how many miners closed above the previous week's close"},
            {"{{sector.decliners}}", "how many miners closed below the previous week's close"},
            {"{{sector.volume}}", "the change in daily sector dollar volume (close × shares) from the first to the last trading day"},
            {"{{btc.price}}", "the BTC price at the week's last reading"},
            {"{{network.hashrate}}", "the network hash rate at the week's last reading"},
            {"{{network.hashprice}}", "hashprice (USD per PH/s per day), the mean of the seven UTC days ending on the week's Friday"},
            {"{{network.hashvalue}}", "hashvalue (sat per PH/s per day), the mean of the same seven days"},
            {"{{cost.cash}}", "the listed miners' average cash cost to produce one BTC"},
            {"{{cost.allin}}", "the all-in cost per BTC, with depreciation and stock-based compensation"},
            {"{{margin.cash}}", "(BTC price − cash cost) / BTC price"},
            {"{{margin.allin}}", "(BTC price − all-in cost) / BTC price"},
    };
    private static final String[][] BLOCKS = {
            {"{{movers 3}}", "the top and bottom N movers of the week (N from 1 to 10)"},
            {"{{chart T}}", "the company's daily close for the weeks around the week, the week shaded"},
            {"{{pivots T}}", "the company's AI/HPC pivot events up to the week"},
            {"{{table}}", "the week's full miner table, biggest gain first"},
    };
    private final LiveContent live;
    private final Pages pages;

    public EditorHelpRoutes(LiveContent live, Pages pages) {
        this.live = live;
        this.pages = pages;
    }

    public void help(Context ctx) {
        String weekParam = ctx.queryParam("week");
        LocalDate week = weekParam == null || weekParam.isBlank() ? null : Params.isoDate(weekParam);
        WeekFigures data = live.loader().load(week);
        String ticker = exampleTicker(data);
        Map<String, Object> model = new HashMap<>();
        model.put("weekEnd", data.weekEnd());
        model.put("requestedWeek", week);
        model.put("ticker", ticker);
        model.put("inline", examples(INLINE, ticker, data, false));
        model.put("blocks", examples(BLOCKS, ticker, data, true));
        model.put("sentence", sentence(ticker, data));
        pages.render(ctx, "live/help", PageMeta.titled("Live figures in write-ups"), model);
    }

    /**
     * ABTC when it traded that week (the reference week's story), else the week's biggest loser;
     * pivot events are shown for APLD, the miner with the most of them in the demo data.
     */
    private static String exampleTicker(WeekFigures data) {
        if (data.row("ABTC").isPresent()) {
            return "ABTC";
        }
        List<CompanyWeek> t = data.table();
        return t.isEmpty() ? "ABTC" : t.get(t.size() - 1).ticker();
    }

    private List<HelpExample> examples(String[][] rows, String ticker, WeekFigures data, boolean blocks) {
        List<HelpExample> out = new ArrayList<>();
        for (String[] row : rows) {
            String forBlock = row[0].startsWith("{{pivots") && data.knows("APLD") ? "APLD" : ticker;
            String typed = row[0].replace("{{T.", "{{" + ticker + ".").replace(" T}}", " " + forBlock + "}}");
            out.add(new HelpExample(typed, row[1], data.hasWeek() ? output(typed, data.weekEnd(), blocks) : null));
        }
        return out;
    }

    private HelpExample sentence(String ticker, WeekFigures data) {
        String typed = ticker + " went from {{" + ticker + ".open}} to {{" + ticker + ".close}} ({{" + ticker + ".change}}) "
                + "while the sector ended at {{sector.marketcap}} with {{sector.gainers}} gainers.";
        return new HelpExample(typed, "a sentence as an editor writes it: figures and the mention are linked",
                data.hasWeek() ? output(typed, data.weekEnd(), false) : null);
    }

    /** The engine's own output: markers in escaped text, then evaluated as a write-up page would be. */
    private String output(String typed, LocalDate weekEnd, boolean block) {
        String prepared = Html.escape(LiveContent.prepare(typed).markdown().strip());
        return live.render(block ? "<p>" + prepared + "</p>" : prepared, weekEnd);
    }
}
