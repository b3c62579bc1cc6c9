package com.minerdesk.synthetic;

import com.minerdesk.writeups.Status;
import com.minerdesk.writeups.WriteupInput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Sample write-ups spread evenly over the weeks, newest last: a weekly wrap, a company note, a
 * note on mining economics or on the AI/HPC pivot, each a few paragraphs that mention companies
 * by ticker and name and carry live-data placeholders ({@code {{MARA.change}}},
 * {@code {{sector.marketcap}}}, {@code {{movers 3}}} …). Every one says it is sample text.
 */
final class SyntheticWriteups {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final String NOTICE = "*Sample text generated for load testing: the figures come from the sample data set.*";
    private static final String[] KINDS = {"weekly", "company", "economics", "ai-hpc"};
    private static final String[] OPENERS = {
        "Bitcoin set the tone for the listed miners again this week.",
        "A quiet week for bitcoin still moved the mining shares a great deal.",
        "Trading volume told a different story from the headline prices.",
        "The sector's market value swung with every move in the coin.",
        "Miners with power contracts to spare kept drawing attention from data-centre buyers.",
        "Difficulty rose once more, and with it the cost of every coin mined.",
    };
    private static final String[] MIDDLES = {
        "Cash costs per coin stayed below the price, but the all-in cost, with depreciation and share-based pay, did not.",
        "Hosting deals for GPU clusters keep promising steadier revenue than block rewards.",
        "Smaller miners with older machines felt the squeeze first, as they usually do.",
        "Several companies raised money by selling shares, which weighed on their prices.",
        "Hash rate growth slowed a little, though new fleets are still being switched on.",
        "Investors rewarded the companies that signed leases and punished those that only talked about them.",
        "Energy prices in Texas and the Nordics moved margins as much as the coin did.",
        "Analysts pointed at treasury sales: miners sold part of their production to pay for expansion.",
    };
    private static final String[] CLOSERS = {
        "Whether the pivot outruns rising costs remains the open question.",
        "We will look at the next difficulty adjustment in the coming note.",
        "The weekly table has every company's figures, sortable by change, volume and value.",
        "Margins, not prices, will decide which of these companies are still mining in two years.",
    };
    private static final String[] TAGS = {"weekly", "economics", "ai-hpc", "hash rate", "markets", "company notes"};

    private final List<LocalDate> weekEnds;
    private final List<SyntheticCompany> companies;
    private final int count;

    SyntheticWriteups(List<LocalDate> weekEnds, List<SyntheticCompany> companies, int count) {
        this.weekEnds = weekEnds;
        this.companies = companies;
        this.count = count;
    }

    /** Write-ups {@code from} (inclusive) to {@code to} (exclusive) of the set, the same on every run. */
    List<WriteupInput> range(int from, int to) {
        List<WriteupInput> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(writeup(i));
        }
        return out;
    }

    private WriteupInput writeup(int i) {
        Random random = new Random(SyntheticData.SEED * 31 + i);
        LocalDate weekEnd = weekEnds.get((int) ((long) i * weekEnds.size() / count));
        String kind = KINDS[random.nextInt(KINDS.length)];
        SyntheticCompany a = pick(random);
        SyntheticCompany b = pick(random);
        String tickerA = a.listing().getTicker();
        String tickerB = b.listing().getTicker();
        String week = DAY.format(weekEnd);
        String title = switch (kind) {
            case "weekly" -> "The miners in the week ending " + week;
            case "company" -> a.listing().getName() + " (" + tickerA + "), week ending " + week;
            case "economics" -> "What a coin cost to mine in the week ending " + week;
            default -> tickerA + " and " + tickerB + " on the AI/HPC pivot, week ending " + week;
        };
        String summary = "Sample note: " + tickerA + " and " + tickerB + " in the week ending " + week + ", with the sector's "
                + "market value, the price of bitcoin and the cost of mining it.";
        StringBuilder body = new StringBuilder(NOTICE).append("\n\n");
        body.append(OPENERS[random.nextInt(OPENERS.length)]).append(" The sector ended the week at {{sector.marketcap}} ")
                .append("({{sector.change}}), with {{sector.gainers}} gainers and {{sector.decliners}} decliners; ")
                .append("bitcoin closed at {{btc.price}}.\n\n");
        body.append("## ").append(a.listing().getName()).append("\n\n")
                .append(tickerA).append(" closed at {{").append(tickerA).append(".close}}, ")
                .append("a change of {{").append(tickerA).append(".change}} on the week, against {{")
                .append(tickerB).append(".change}} for ").append(b.listing().getName()).append(" (").append(tickerB).append("). ")
                .append(MIDDLES[random.nextInt(MIDDLES.length)]).append("\n\n");
        body.append("## Costs and margins\n\n")
                .append("The average cash cost per coin was {{cost.cash}} and the all-in cost {{cost.allin}}, ")
                .append("a cash margin of {{margin.cash}} and an all-in margin of {{margin.allin}} at a hash rate of ")
                .append("{{network.hashrate}}. ").append(MIDDLES[random.nextInt(MIDDLES.length)]).append("\n\n");
        if (random.nextInt(3) == 0) {
            body.append("{{movers 3}}\n\n");
        }
        body.append(CLOSERS[random.nextInt(CLOSERS.length)]).append('\n');
        Set<String> tags = new LinkedHashSet<>();
        tags.add(TAGS[random.nextInt(TAGS.length)]);
        tags.add(kind.equals("ai-hpc") ? "ai-hpc" : kind.equals("economics") ? "economics" : "weekly");
        OffsetDateTime publishAt = weekEnd.atTime(21, 0).atOffset(ZoneOffset.UTC).plusMinutes(i % 600);
        return new WriteupInput(title, "sample-" + (i + 1) + "-" + kind + "-" + weekEnd, summary, body.toString(),
                List.copyOf(tags), weekEnd, Status.PUBLISHED, publishAt);
    }

    /** The companies of the facts sheet come up more often than the made-up ones. */
    private SyntheticCompany pick(Random random) {
        int factsSheet = Math.min(34, companies.size());
        return random.nextInt(3) > 0 ? companies.get(random.nextInt(factsSheet)) : companies.get(random.nextInt(companies.size()));
    }
}
