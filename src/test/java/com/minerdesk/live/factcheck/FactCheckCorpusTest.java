package com.minerdesk.live.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.live.WeekFigures;
import com.minerdesk.live.WeekFiguresLoader;
import com.minerdesk.market.MarketData;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.web.Fmt;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fact-check over a corpus of sentences, against the demo data's reference week (ending
 * 2025-11-28). Each line: what the check must report ("OK" for nothing, else the messages joined
 * by " ;; "), then " || " and the sentence.
 */
class FactCheckCorpusTest {
    static final String CORPUS = """
            OK || ABTC fell 61.22 % over the week.
            OK || American Bitcoin plunged 61.2% as early private-placement shares unlocked.
            OK || ABTC slid from $5.75 to $2.23.
            OK || APLD rose 15.20 % on the week.
            OK || Applied Digital jumped 15.2 percent.
            OK || Core Scientific gained 1.3 %.
            OK || CORZ finished the week +1.30 %.
            OK || The sector market cap fell 1.78 % to $67.89B.
            OK || The sector's market cap slipped from $69.12 billion to $67.89 billion.
            OK || Only 6 of 34 listed miners rose this week.
            OK || There were 28 decliners and six gainers.
            OK || The cash cost to produce one BTC stood at $74,600, the all-in cost at $137,800.
            OK || At a BTC price of $90,000, that is a cash margin of about +17 % and an all-in margin of about −53 %.
            OK || BTC touched about $91,000 during the week.
            OK || The network hash rate passed 1 ZH/s for the first time.
            OK || Daily sector volume fell 25.67 % from the first to the last trading day.
            OK || ABTC closed the week at $2.23.
            OK || ABTC fell more than 60 % this week.
            OK || ABTC closed 61 % lower.
            OK || Gainers: 6 of 34.
            OK || ABTC lost 61 %.
            OK || APLD gained 15 %.
            OK || Sector cap fell to $68 billion.
            OK || The sector market cap ended at $67.9B.
            OK || Hash rate reached 1,012 EH/s.
            OK || The all-in margin is negative, at 53.1 %.
            OK || 28 of the 34 miners fell.
            OK || The sector lost $1.23B of market value.
            OK || APLD rose 15.2 % and CORZ 1.3 %, while ABTC fell 61.22 %.
            OK || APLD and CORZ gained 15.2 % and 1.3 % respectively.
            OK || ABTC went from 5.75 to 2.23, a decline of 61.2 %.
            OK || On 2025-11-28 the week ended early, with markets shut on November 27 for Thanksgiving.
            OK || CORZ signed 12-year hosting agreements with CoreWeave for 200 MW, worth about $3.5 billion.
            OK || APLD led a $25 M funding round in Corintis, a Swiss maker of chip cooling.
            OK || IREN signed a 5-year, $9.7B contract with Microsoft for 200 MW at Childress.
            OK || CIFR's 15-year AWS lease covers 300 MW and is worth about $5.5 billion.
            OK || WULF's leases at Lake Mariner exceed 200 MW.
            OK || APLD took a 10 % stake in the cooling startup.
            OK || ABTC fell 20 % last month, before this week's slide.
            OK || Shareholders of CORZ voted down CoreWeave's all-stock offer of about $9 billion on 2025-10-30.
            OK || ABTC has fallen 70 % since its listing.
            OK || Margins in AI data centres can exceed 50 %.
            OK || BTC was up 2 % on the week.
            OK || APLD owns 80 % of its Polaris Forge campus.
            OK || The source dated the figures November 28, 2023, although ABTC was not listed in 2023.
            OK || ABTC fell {{ABTC.change}} to {{ABTC.close}}.
            OK || The sector's combined market value slipped from $69.12 B to $67.89 B — $1.23 B, or 1.78 %, gone in four trading days.
            OK || On average, the listed miners spend about $74,600 in cash to produce one bitcoin; counting depreciation, the all-in cost is about $137,800.
            OK || Bitcoin would have to trade above about $137,800 for the average miner to break even.
            OK || At $137,800 it is far above the bitcoin price, which means the average miner loses about $47,800 on every coin.
            OK || Some reports put ABTC's drop at 47.40 %, but its own prices say otherwise.
            OK || ABTC could fall another 20 % if more shares unlock.
            OK || The 34 listed miners lost $1.23 billion of market value.
            OK || Six of the ten largest miners fell this week.
            OK || Two of the three names with AI leases rose.
            OK || MARA produced 700 BTC in October.
            OK || Riot's hash rate reached 35 EH/s.
            OK || BTC fell 5 % to $90,000 by Friday.
            OK || APLD rose 15 %, its best week since listing.
            OK || Shares of CORZ are up 120 % this year.
            ABTC: text says −47.40 %, data says −61.22 % (5.75 → 2.23) || ABTC fell 47.40 % this week.
            APLD: text says −15.2 %, data says +15.20 % (25.00 → 28.80) || APLD fell 15.2 %.
            ABTC close: text says $2.50, data says $2.23 (week ending 28 Nov 2025: 5.75 → 2.23) || ABTC slid from $5.75 to $2.50.
            Sector market cap change: text says −2.5 %, data says −1.78 % ($69.12B → $67.89B) || The sector market cap fell 2.5 % to $67.89B.
            Gainers: text says 8, data says 6 (6 gainers and 28 decliners of 34) || Only 8 of 34 miners gained ground.
            All-in cost: text says $150,000, data says $137,800 (week ending 28 Nov 2025) || The all-in cost rose to $150,000 per BTC.
            Cash margin: text says about +25 %, data says +17.11 % (BTC $90,000, cash cost $74,600) || The cash margin was about +25 %.
            Hash rate: text says 950 EH/s, data says 1,012 EH/s (as of 28 Nov 2025) || The network hash rate was 950 EH/s.
            BTC price: text says $85,000, data says $90,000 (last reading 28 Nov 2025; week high $91,020) || BTC traded at $85,000 at the end of the week.
            CORZ: text says +13 %, data says +1.30 % (20.00 → 20.26) || CORZ rose 13 %.
            CORZ: text says −1.3 %, data says +1.30 % (20.00 → 20.26) || Core Scientific dropped 1.3 %.
            Sector dollar volume change: text says −30 %, data says −25.67 % ($413.50M on 24 Nov → $307.35M on 28 Nov, close × shares) || Sector trading volume dropped 30 %.
            ABTC: text says −47.40 %, data says −61.22 % (5.75 → 2.23) || ABTC (−47.40 %) led the decliners.
            ABTC: text says −47.4 %, data says −61.22 % (5.75 → 2.23) || American Bitcoin suffered a decline of 47.4 %.
            ABTC: text says −47 %, data says −61.22 % (5.75 → 2.23) || ABTC ended the week 47 % lower.
            Sector market cap change: text says −$2.5B, data says −$1.23B ($69.12B → $67.89B) || The sector lost $2.5B in market value.
            Gainers: text says 5, data says 6 (6 gainers and 28 decliners of 34) || Only five miners rose this week.
            ABTC market cap: text says $1.2B, data says $1.01B (week ending 28 Nov 2025) || ABTC's market cap shrank to $1.2B.
            Cash cost: text says $80,000, data says $74,600 (week ending 28 Nov 2025) || Cash cost per BTC averaged $80,000.
            ABTC: text says −61.3 %, data says −61.22 % (5.75 → 2.23) || ABTC fell 61.3 %.
            Decliners: text says 30, data says 28 (6 gainers and 28 decliners of 34) ;; Listed miners: text says 35, data says 34 (6 gainers and 28 decliners of 34) || 30 of 35 miners ended the week lower.
            APLD: text says +1.3 %, data says +15.20 % (25.00 → 28.80) ;; CORZ: text says +15.2 %, data says +1.30 % (20.00 → 20.26) || APLD and CORZ gained 1.3 % and 15.2 % respectively.
            ABTC: text says −47.4 %, data says −61.22 % (5.75 → 2.23) || ABTC had a rough week. It fell 47.4 %.
            ABTC: text says −47.40 %, data says −61.22 % (5.75 → 2.23) || ABTC fell 47.40 % ({{ABTC.change}} by our figures).
            Sector market cap: text says $70.1B, data says $67.89B ($69.12B → $67.89B) || The combined market cap of the miners stood at $70.1B.
            RIOT: text says −3 %, data says −4.86 % (13.70 → 13.03) || MARA fell 6.4 % while RIOT slipped 3 %.
            APLD close: text says $29.50, data says $28.80 (week ending 28 Nov 2025: 25.00 → 28.80) || Applied Digital closed at $29.50 after a strong week.
            """;

    static Database db;
    static WeekFigures reference;
    static final FactChecker CHECKER = new FactChecker(new Fmt(ZoneOffset.UTC));

    @BeforeAll
    static void open() {
        db = TestDatabases.freshH2();
        DemoData.loadIfEmpty(db);
        reference = new WeekFiguresLoader(MarketData.over(db.dsl()), null).load(LocalDate.of(2025, 11, 28));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<Arguments> corpus() {
        return CORPUS.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] parts = l.split(" \\|\\| ", 2);
            List<String> expected = parts[0].equals("OK") ? List.of() : Arrays.asList(parts[0].split(" ;; "));
            return Arguments.of(parts[1], expected);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusSentence(String sentence, List<String> expected) {
        List<String> actual = CHECKER.check(sentence, reference).stream()
                .map(m -> m.message().replace('\u00a0', ' ')).toList();
        assertEquals(expected, actual, sentence);
    }

    @Test
    void theCorpusHasAtLeastFortySentencesOfEachKind() {
        long ok = corpus().filter(a -> ((List<?>) a.get()[1]).isEmpty()).count();
        long flagged = corpus().count() - ok;
        assertTrue(ok >= 20 && flagged >= 20 && ok + flagged >= 40, ok + " right, " + flagged + " wrong");
    }

    @Test
    void mismatchesCarryTheLineOfTheFigure() {
        String md = "# The week\n\nABTC had a rough week: early shares unlocked\nand it fell 47.40 %.\n\n- APLD rose 15.2 %\n- CORZ rose 13 %\n";
        List<Mismatch> found = CHECKER.check(md, reference);
        assertEquals(List.of(4, 7), found.stream().map(Mismatch::line).toList(), found.toString());
        assertTrue(found.get(0).excerpt().startsWith("ABTC had a rough week"), found.get(0).excerpt());
    }
}
