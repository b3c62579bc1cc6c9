package com.minerdesk.live.factcheck;

import java.util.Map;
import java.util.regex.Pattern;

/** The words that give a figure its meaning: direction, hedges, other periods, shares of something. */
final class Words {
    static final Pattern DOWN = Pattern.compile("(?i)\\b(?:fell|falls?|falling|dropped|drops?|dropping|plunged|plunges?|"
            + "plunging|slid|slides?|sliding|lost|loses?|losing|declined|declines?|declining|sank|sinks?|tumbled|tumbles?|"
            + "slumped|slumps?|shed|sheds|down|lower|decreased?|decrease|retreated|retreats?|crashed|plummeted|"
            + "plummets?|dipped|dips?|skidded|negative|minus|shrank|shrinks?|contracted|wiped|erased|slipped|slips?|eased|"
            + "eases|weakened|sagged|gave\\s+(?:up|back)|pulled\\s+back)\\b");
    static final Pattern UP = Pattern.compile("(?i)\\b(?:rose|rises?|rising|gained|gains?|gaining|jumped|jumps?|"
            + "jumping|climbed|climbs?|climbing|advanced|advances?|added|adds?|up|higher|surged|surges?|soared|soars?|"
            + "rallied|rall(?:y|ies)|increased?|increases?|spiked|rebounded|positive|grew|grows?|firmed|strengthened|"
            + "recovered|outperformed)\\b");
    static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:chang(?:e|ed|es)|moved?|swung|swing|weekly|week|"
            + "performance|returned?)\\b");
    static final Pattern ABOUT = Pattern.compile("(?i)(?:\\b(?:about|around|roughly|approximately|approx\\.?|nearly|"
            + "almost|some|near|neared|nearing|close\\s+to|circa|just\\s+(?:under|over|shy\\s+of)|~)\\s*)$");
    static final Pattern ABOVE = Pattern.compile("(?i)(?:\\b(?:more\\s+than|over|above|at\\s+least|passed|passing|topped|"
            + "tops|exceeded|exceeds|crossed|surpassed|beyond|upwards\\s+of|past)\\s*)$");
    static final Pattern BELOW = Pattern.compile("(?i)(?:\\b(?:less\\s+than|under|below|at\\s+most|fewer\\s+than)\\s*)$");
    /** A figure about another period or another base than the week's open. */
    static final Pattern OTHER_PERIOD = Pattern.compile("(?i)\\b(?:last|previous|prior|past)\\s+(?:week|month|year|quarter)|"
            + "\\bweek\\s+earlier|\\bthis\\s+(?:month|year|quarter)|\\byear[-\\s]to[-\\s]date|\\bytd\\b|\\bsince\\b|"
            + "\\bfrom\\s+(?:its|the|a)\\s+(?:peak|high|low|record)|\\bin\\s+(?:19|20)\\d\\d|\\bmonths?\\b|\\bquarters?\\b|"
            + "\\bannual(?:ly|i[sz]ed)?\\b|\\bper\\s+year\\b|\\bintraday\\b|\\bon\\s+(?:mon|tues|wednes|thurs|fri)day\\b");
    /** "10 % of its debt", "a 10 % stake": a share of something, not a change. */
    static final Pattern SHARE_OF = Pattern.compile("(?i)^\\s*(?:of\\b|stake|share\\b|shares\\s+of|interest|owned|"
            + "ownership|yield|premium|discount|dilution|capacity|utili[sz]ation|uptime|margin|of\\s+revenue)");
    /** Not a statement of fact about the week: a condition, a forecast, or someone else's figure. */
    static final Pattern NOT_A_FACT = Pattern.compile("(?i)\\b(?:would|could|should|might|may|if|unless|needs?\\s+to|"
            + "has\\s+to|have\\s+to|break[-\\s]even|targets?|forecasts?|expects?|expected|estimates?|projected|"
            + "(?:some|other|earlier)\\s+(?:coverage|reports?|sources?|outlets?|articles?)|according\\s+to|"
            + "reported\\s+as|put\\s+(?:the|its)\\s+\\w+\\s+at|claimed)\\b");
    /** Another clause begins: what comes before it is about something else. */
    static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\s[\u2014\u2013]\\s|\u2014");
    static final Pattern SECTOR_CAP_LEVEL = Pattern.compile("(?i)(?:\\b(?:at|of|was|is|stood|ended|closed|finished|"
            + "reached|totall?ed|to)|:)\\s*$");
    static final Pattern MARKET_CAP = Pattern.compile("(?i)\\bmarket\\s+(?:cap(?:itali[sz]ation)?|value)\\b");
    static final Pattern CLOSE = Pattern.compile("(?i)\\b(?:closed|closing|close|ended|ending|finished|finishing|settled)"
            + "(?:\\s+the\\s+week)?\\s+(?:at|on|of)\\s*$");
    static final Pattern OPEN = Pattern.compile("(?i)\\b(?:opened|opening|open|started|starting|began|beginning)"
            + "(?:\\s+the\\s+week)?\\s+(?:at|on|of)\\s*$");
    static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s*$");
    static final Pattern TO = Pattern.compile("(?i)\\bto\\s*$");
    static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40));
    static final String NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty";

    private Words() {
    }

    static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** +1, −1, or 0: the direction of the last direction word in {@code text}. */
    static int lastDirection(String text) {
        int down = lastIndex(DOWN, text);
        int up = lastIndex(UP, text);
        if (down < 0 && up < 0) {
            return 0;
        }
        return down > up ? -1 : 1;
    }

    /** +1, −1 or 0: the direction of the first direction word in {@code text}. */
    static int firstDirection(String text) {
        var d = DOWN.matcher(text);
        var u = UP.matcher(text);
        int down = d.find() ? d.start() : Integer.MAX_VALUE;
        int up = u.find() ? u.start() : Integer.MAX_VALUE;
        if (down == Integer.MAX_VALUE && up == Integer.MAX_VALUE) {
            return 0;
        }
        return down < up ? -1 : 1;
    }

    static int lastIndex(Pattern p, String text) {
        var m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    static Integer number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return NUMBERS.get(word.toLowerCase(java.util.Locale.ROOT));
    }
}
