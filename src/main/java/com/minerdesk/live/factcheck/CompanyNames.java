package com.minerdesk.live.factcheck;

import com.minerdesk.market.Company;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names writers use for a company: its registered name without the legal form ("Core
 * Scientific", "American Bitcoin") and, where a generic word trails it, the short name ("Riot",
 * "Bitdeer", "MARA").
 */
final class CompanyNames {
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?:,?\\s+(?:Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|Limited|plc|PLC|AG|N\\.V\\.|S\\.A\\.|Co\\.?|LLC))+$");
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "(?:\\s+(?:Holdings|Group|Technologies|Technology|Platforms|Generation|Infrastructure|Solutions|Global))+$");

    private CompanyNames() {
    }

    /** Name → ticker, longest names first so that a longer name wins over a shorter one inside it. */
    static Map<String, String> of(Iterable<Company> companies) {
        List<String[]> pairs = new ArrayList<>();
        for (Company c : companies) {
            String plain = LEGAL_FORM.matcher(c.name().trim()).replaceAll("");
            String shortName = GENERIC_TAIL.matcher(plain).replaceAll("");
            pairs.add(new String[] {plain, c.ticker()});
            if (!shortName.equals(plain) && shortName.length() >= 3) {
                pairs.add(new String[] {shortName, c.ticker()});
            }
        }
        pairs.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        Map<String, String> out = new LinkedHashMap<>();
        pairs.forEach(p -> out.putIfAbsent(p[0], p[1]));
        return out;
    }
}
