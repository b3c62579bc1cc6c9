package com.minerdesk.db;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL is ever assembled from strings: queries go through jOOQ's generated classes with bind
 * values, and the few statements written as text (H2's SCRIPT, RUNSCRIPT, SET) are constant
 * literals, values only through jOOQ's templates ({@code {0}}). This guards every source file, so
 * a concatenated query added later fails here.
 */
class PlainSqlTest {
    /** Calls that accept SQL text, in jOOQ and in JDBC. */
    private static final Pattern SQL_TEXT_CALL = Pattern.compile(
            "(DSL\\.(?:sql|field|condition|table|query|resultQuery|keyword)|\\.(?:execute|executeQuery|executeUpdate|"
                    + "executeLargeUpdate|addBatch|prepareStatement|prepareCall|fetch|fetchOne|fetchValue|fetchLazy|"
                    + "resultQuery|query|nativeSQL))\\(\\s*");
    private static final Pattern LITERAL_THEN_END = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"\\s*[,)]");

    @Test
    void sqlTextIsAlwaysAConstantLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = SQL_TEXT_CALL.matcher(source);
                while (m.find()) {
                    int at = m.end();
                    if (at < source.length() && source.charAt(at) == '"') {
                        Matcher literal = LITERAL_THEN_END.matcher(source).region(at, source.length());
                        if (!literal.lookingAt()) {
                            found.add(file + ":" + line(source, at) + " builds SQL text: "
                                    + source.substring(m.start(), Math.min(source.length(), at + 80)).replace('\n', ' '));
                        }
                    }
                }
                if (source.contains("createStatement(") && !file.toString().contains("/ops/")) {
                    found.add(file + " uses JDBC statements outside the backup commands");
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void theGuardRecognisesConcatenatedSql() {
        String bad = "dsl.fetch(\"select * from users where email = '\" + email + \"'\")";
        Matcher m = SQL_TEXT_CALL.matcher(bad);
        assertTrue(m.find());
        assertTrue(!LITERAL_THEN_END.matcher(bad).region(m.end(), bad.length()).lookingAt());
        String good = "s.executeQuery(\"SCRIPT NOSETTINGS\")";
        Matcher g = SQL_TEXT_CALL.matcher(good);
        assertTrue(g.find());
        assertTrue(LITERAL_THEN_END.matcher(good).region(g.end(), good.length()).lookingAt());
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
