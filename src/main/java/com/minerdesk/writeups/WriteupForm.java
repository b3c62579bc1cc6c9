package com.minerdesk.writeups;

import com.minerdesk.market.WeekQueries;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The write-up form exactly as typed, so that nothing is lost when it is shown again. */
public record WriteupForm(String title, String slug, String summary, String body, String tags, String week,
        String status, String publishAt, String version, String acknowledge) {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 100_000;
    static final String BODY_TOO_LONG = "The text is too long: at most " + MAX_BODY + " characters.";
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static WriteupForm empty() {
        return new WriteupForm("", "", "", "", "", "", Status.DRAFT.value(), "", "0", "");
    }

    static WriteupForm from(Context ctx) {
        return new WriteupForm(field(ctx, "title"), field(ctx, "slug"), field(ctx, "summary"), body(ctx),
                field(ctx, "tags"), field(ctx, "week"), field(ctx, "status"), field(ctx, "publishAt"),
                field(ctx, "version"), field(ctx, "acknowledge"));
    }

    /** The stored write-up in the form; a scheduled one whose time has come shows as published. */
    static WriteupForm of(StoredWriteup w, ZoneId zone, OffsetDateTime now) {
        String status = w.shownStatus(now);
        String at = Status.SCHEDULED.value().equals(status) ? LOCAL_INPUT.format(w.publishAt().atZoneSameInstant(zone)) : "";
        return new WriteupForm(w.title(), w.slug(), w.summary(), w.bodyMarkdown(), w.tagList(),
                w.weekEnd() == null ? "" : w.weekEnd().toString(), status, at, String.valueOf(w.version()), "");
    }

    /** The form with another version number (after a conflict the editor may save over the current one). */
    WriteupForm withVersion(int v) {
        return new WriteupForm(title, slug, summary, body, tags, week, status, publishAt, String.valueOf(v), acknowledge);
    }

    public boolean isStatus(String s) {
        return s.equals(status);
    }

    /** The form with "publish anyway" ticked (the stored write-up was published over its mismatches). */
    WriteupForm acknowledging() {
        return new WriteupForm(title, slug, summary, body, tags, week, status, publishAt, version, "on");
    }

    boolean bodyTooLong() {
        return body.length() > MAX_BODY;
    }

    /** The editor ticked "publish anyway" over figures that disagree with the data. */
    public boolean acknowledged() {
        return "on".equals(acknowledge) || "true".equals(acknowledge);
    }

    /** The week typed, when it is a valid market week (for previews, which do not validate the rest). */
    LocalDate weekOrNull(WeekQueries weeks) {
        Map<String, String> ignored = new LinkedHashMap<>();
        return week(weeks, ignored);
    }

    /** The error of the week field as typed (not a date, or a week without data), or none. */
    Map<String, String> weekErrors(WeekQueries weeks) {
        Map<String, String> errors = new LinkedHashMap<>();
        week(weeks, errors);
        return errors;
    }

    /** The typed values or the errors, field by field. */
    Validation validate(WeekQueries weeks, ZoneId zone, OffsetDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        Status st = Status.parse(status).orElse(null);
        if (st == null) {
            errors.put("status", "Choose draft, scheduled or published.");
        }
        boolean going = st != null && st != Status.DRAFT;
        if (title.isBlank()) {
            errors.put("title", "Give the write-up a title.");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "Keep the title to " + MAX_TITLE + " characters (it has " + title.length() + ").");
        }
        String cleanSlug = slug.trim().toLowerCase(java.util.Locale.ROOT);
        if (!cleanSlug.isEmpty() && !Slugs.isValid(cleanSlug)) {
            errors.put("slug", "Use lower-case letters, digits and single hyphens, at most " + Slugs.MAX
                    + " characters (or leave it empty to make one from the title).");
        } else if (cleanSlug.isEmpty() && Slugs.of(title, Slugs.MAX).isEmpty() && !title.isBlank()) {
            errors.put("slug", "The title has no letters or digits to make a slug from: type one.");
        }
        if (title.contains("{{") && !errors.containsKey("title")) {
            errors.put("title", "Live figures ({{…}}) work in the text only: write the figure in the title.");
        }
        if (summary.contains("{{")) {
            errors.put("summary", "Live figures ({{…}}) work in the text only: write the figure in the summary.");
        } else if (summary.length() > MAX_SUMMARY) {
            errors.put("summary", "Keep the summary to one paragraph of at most " + MAX_SUMMARY + " characters.");
        } else if (going && summary.isBlank()) {
            errors.put("summary", "A published write-up needs a summary: it shows in lists and search results.");
        }
        if (bodyTooLong()) {
            errors.put("body", BODY_TOO_LONG);
        } else if (going && body.isBlank()) {
            errors.put("body", "A published write-up needs some text.");
        } else if (going) {
            ImageAltText.firstLineWithout(body).ifPresent(line -> errors.put("body", String.format(ImageAltText.MISSING, line)));
        }
        List<String> tagNames = tagNames(errors);
        LocalDate weekEnd = week(weeks, errors);
        OffsetDateTime at = null;
        if (st == Status.SCHEDULED) {
            at = publishTime(zone, errors);
            if (at != null && !at.isAfter(now)) {
                errors.put("publishAt", "Choose a time in the future, or set the status to published.");
            }
        }
        if (!errors.isEmpty()) {
            return new Validation(null, errors);
        }
        return new Validation(new WriteupInput(title.trim(), cleanSlug, summary.trim(), body, tagNames, weekEnd, st, at, acknowledged()),
                Map.of());
    }

    Optional<Integer> versionNumber() {
        try {
            return Optional.of(Integer.parseInt(version.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<String> tagNames(Map<String, String> errors) {
        List<String> names = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (String raw : tags.split(",")) {
            String name = raw.trim().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_TAG || Slugs.of(name, 60).isEmpty()) {
                errors.put("tags", "Each tag needs a letter or digit and at most " + MAX_TAG + " characters: '"
                        + (name.length() > 50 ? name.substring(0, 50) + "…" : name) + "'.");
                return List.of();
            }
            if (slugs.add(Slugs.of(name, 60))) {
                names.add(name);
            }
        }
        if (names.size() > MAX_TAGS) {
            errors.put("tags", "Use at most " + MAX_TAGS + " tags.");
        }
        return names;
    }

    private LocalDate week(WeekQueries weeks, Map<String, String> errors) {
        String w = week.trim();
        if (w.isEmpty()) {
            return null;
        }
        LocalDate day;
        try {
            day = w.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(w) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            errors.put("week", "Write the week as yyyy-mm-dd, for example 2025-11-28.");
            return null;
        }
        Optional<LocalDate> end = weeks.weekEndOf(day);
        if (end.isEmpty()) {
            errors.put("week", "There is no market data for the week of " + w + ".");
            return null;
        }
        return end.get();
    }

    private OffsetDateTime publishTime(ZoneId zone, Map<String, String> errors) {
        String p = publishAt.trim();
        if (p.isEmpty()) {
            errors.put("publishAt", "A scheduled write-up needs a publication time.");
            return null;
        }
        try {
            // whole minutes, as the form shows them (and page caches step on whole ten seconds)
            return LocalDateTime.parse(p).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put("publishAt", "Write the time as yyyy-mm-ddThh:mm, for example 2025-12-01T09:00.");
            return null;
        }
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    /** The body keeps its leading indentation (Markdown code blocks); only line endings are normalised. */
    private static String body(Context ctx) {
        String v = ctx.formParam("body");
        return v == null ? "" : v.replace("\r\n", "\n").stripTrailing();
    }

    /** The outcome of {@link #validate}: the input, or the errors keyed by field name. */
    record Validation(WriteupInput input, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }
}
