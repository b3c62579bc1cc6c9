package com.minerdesk.filings;

import com.fasterxml.jackson.databind.JsonNode;
import com.minerdesk.fetch.FetchException;
import com.minerdesk.fetch.JsonHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SEC EDGAR's two documented JSON files: {@code company_tickers.json} (ticker → CIK) and
 * {@code submissions/CIK##########.json}, whose {@code filings.recent} holds parallel arrays
 * (accessionNumber, form, filingDate, reportDate, primaryDocument, items), newest first.
 */
final class EdgarSource {
    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,299}");
    private final EdgarSettings settings;
    private final JsonHttp http;

    EdgarSource(EdgarSettings settings, Duration minInterval, Duration maxWait) {
        this.settings = settings;
        this.http = new JsonHttp(Map.of("User-Agent", settings.userAgent(), "Accept", "application/json"),
                minInterval, maxWait);
    }

    record Registrant(long cik, String name) {
    }

    /** Every listed ticker EDGAR knows, upper case, with its CIK and registrant name. */
    Map<String, Registrant> tickers() {
        JsonNode root = http.get(settings.tickersUrl());
        if (!root.isObject()) {
            throw new FetchException(settings.tickersUrl() + ": not the company_tickers.json format");
        }
        Map<String, Registrant> out = new HashMap<>();
        root.elements().forEachRemaining(e -> {
            JsonNode cik = e.get("cik_str");
            JsonNode ticker = e.get("ticker");
            if (cik != null && cik.canConvertToLong() && ticker != null && ticker.isTextual()) {
                out.putIfAbsent(ticker.asText().toUpperCase(Locale.ROOT), new Registrant(cik.asLong(), e.path("title").asText("")));
            }
        });
        return out;
    }

    record Submissions(List<Filing> filings, List<String> refused) {
    }

    /** The recent filings of one registrant, the ones the calendar keeps, with the rows refused and why. */
    Submissions submissions(long cik) {
        String url = settings.dataUrl() + "/submissions/CIK" + String.format(Locale.ROOT, "%010d", cik) + ".json";
        JsonNode recent = http.get(url).path("filings").path("recent");
        JsonNode accessions = recent.path("accessionNumber");
        if (!accessions.isArray()) {
            throw new FetchException(url + ": no filings.recent.accessionNumber array");
        }
        List<Filing> filings = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < accessions.size(); i++) {
            String form = text(recent, "form", i);
            if (!FilingForms.kept(form)) {
                continue;
            }
            String accession = text(recent, "accessionNumber", i);
            String document = text(recent, "primaryDocument", i);
            LocalDate filed = date(text(recent, "filingDate", i));
            if (!ACCESSION.matcher(accession).matches() || !DOCUMENT.matcher(document).matches() || filed == null) {
                refused.add("CIK " + cik + " row " + (i + 1) + ": unreadable " + form + " (accession '" + accession
                        + "', document '" + document + "', filed '" + text(recent, "filingDate", i) + "')");
                continue;
            }
            String items = text(recent, "items", i);
            filings.add(new Filing(accession, form, filed, date(text(recent, "reportDate", i)), document,
                    items.length() > 200 ? items.substring(0, 200) : items));
        }
        return new Submissions(filings, refused);
    }

    private static String text(JsonNode recent, String field, int i) {
        JsonNode v = recent.path(field).path(i);
        return v.isValueNode() ? v.asText("").trim() : "";
    }

    private static LocalDate date(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
