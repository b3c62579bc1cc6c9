package com.minerdesk.ops;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statements of a backup's script, read one at a time with a bounded size, each checked to be
 * one that {@code backup} writes before anything runs: tables, sequences, indexes, constraints and
 * rows, made of keywords, type names, quoted names and literals only. A hand-made file that calls a
 * function ({@code CALL FILE_WRITE(...)}, {@code CSVWRITE}, a {@code $$ java $$} alias, a default or
 * check that runs one) is refused, because no function name is an allowed word and a quoted name may
 * be followed by a parenthesis only where it names a table.
 */
final class BackupStatements {
    /** H2 writes rows in INSERT statements of about 4 KB; the widest row of the schema stays far below. */
    static final int MAX_STATEMENT_CHARS = 16 * 1024 * 1024;
    private static final int MAX_COMMENT_CHARS = 64 * 1024;
    private static final List<List<String>> KINDS = List.of(
            List.of("CREATE", "SEQUENCE"), List.of("CREATE", "TABLE"), List.of("CREATE", "CACHED", "TABLE"),
            List.of("CREATE", "MEMORY", "TABLE"), List.of("CREATE", "INDEX"), List.of("CREATE", "UNIQUE", "INDEX"),
            List.of("INSERT", "INTO"), List.of("ALTER", "TABLE"));
    private static final Set<String> WORDS = Set.of(
            // statements and constraints
            "CREATE", "SEQUENCE", "TABLE", "CACHED", "MEMORY", "INDEX", "UNIQUE", "INSERT", "INTO", "VALUES", "ALTER",
            "ADD", "CONSTRAINT", "PRIMARY", "FOREIGN", "KEY", "REFERENCES", "ON", "DELETE", "UPDATE", "CASCADE",
            "RESTRICT", "SET", "NO", "ACTION", "CHECK", "NOCHECK", "IN", "IF", "NOT", "EXISTS", "NULL", "NULLS",
            "DISTINCT", "FIRST", "LAST", "ASC", "DESC", "SELECTIVITY", "OVERRIDING", "SYSTEM", "USER", "VALUE",
            // columns, identities and sequences
            "DEFAULT", "GENERATED", "ALWAYS", "BY", "AS", "IDENTITY", "START", "RESTART", "WITH", "INCREMENT",
            "MINVALUE", "MAXVALUE", "CYCLE", "CACHE",
            // types
            "CHARACTER", "VARYING", "VARCHAR", "CHAR", "LARGE", "OBJECT", "BINARY", "VARBINARY", "BOOLEAN",
            "TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "NUMERIC", "DECIMAL", "DECFLOAT", "REAL", "DOUBLE",
            "PRECISION", "FLOAT", "DATE", "TIME", "TIMESTAMP", "ZONE", "WITHOUT", "UUID", "JSON",
            // literals
            "TRUE", "FALSE", "UNKNOWN", "X", "U", "CURRENT_TIMESTAMP", "CURRENT_DATE", "LOCALTIMESTAMP",
            // CHECK constraints compare a column with a literal, which H2 writes as CAST(0 AS BIGINT)
            "CAST");
    private static final Set<String> BEFORE_TABLE_NAME = Set.of("TABLE", "INTO", "REFERENCES", "ON", "EXISTS");

    private BackupStatements() {
    }

    /** Why a file cannot be restored; nothing of it has run. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why);
        }
    }

    interface Each {
        void statement(String sql) throws Exception;
    }

    /** Splits the script into statements (comments dropped) and hands each checked one on. */
    static void read(Reader in, Each each) throws Exception {
        StringBuilder sql = new StringBuilder();
        char quote = 0;
        int number = 0;
        int c = in.read();
        while (c >= 0) {
            int next = in.read();
            if (quote != 0) {
                sql.append((char) c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = (char) c;
                sql.append((char) c);
            } else if (c == '-' && next == '-') {
                for (int skipped = 0; next >= 0 && next != '\n'; skipped++) {
                    if (skipped > MAX_COMMENT_CHARS) {
                        throw new Refused("it has a comment longer than " + (MAX_COMMENT_CHARS >> 10) + " KiB, which no backup has");
                    }
                    next = in.read();
                }
                sql.append(' ');
            } else if (c == '/' && next == '*') {
                throw new Refused("it has a block comment, which backup never writes");
            } else if (c == ';') {
                number++;
                String statement = sql.toString().strip();
                sql.setLength(0);
                if (!statement.isEmpty()) {
                    check(statement, number);
                    each.statement(statement);
                }
            } else {
                sql.append((char) c);
            }
            if (sql.length() > MAX_STATEMENT_CHARS) {
                throw new Refused("statement " + (number + 1) + " is longer than " + (MAX_STATEMENT_CHARS >> 20)
                        + " MiB, which no backup has");
            }
            c = next;
        }
        if (quote != 0 || !sql.toString().isBlank()) {
            throw new Refused("it ends in the middle of a statement");
        }
    }

    static void check(String sql, int number) throws Refused {
        List<Token> tokens = Token.all(sql);
        if (tokens == null || KINDS.stream().noneMatch(kind -> startsWith(tokens, kind))) {
            throw refused(sql, number);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.WORD && !WORDS.contains(t.text)) {
                throw refused(sql, number);
            }
            if (t.text.equals("(") && i > 0 && tokens.get(i - 1).kind == Token.QUOTED && !namesATable(tokens, i - 1)) {
                throw refused(sql, number);
            }
        }
        if (startsWith(tokens, List.of("ALTER", "TABLE")) && !addsAConstraint(tokens)) {
            throw refused(sql, number);
        }
    }

    private static boolean startsWith(List<Token> tokens, List<String> words) {
        if (tokens.size() < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (tokens.get(i).kind != Token.WORD || !tokens.get(i).text.equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A quoted name ({@code "public"."t"}) right after TABLE, INTO, REFERENCES or ON: a table and its columns. */
    private static boolean namesATable(List<Token> tokens, int last) {
        int i = last;
        while (i >= 2 && tokens.get(i - 1).text.equals(".") && tokens.get(i - 2).kind == Token.QUOTED) {
            i -= 2;
        }
        return i >= 1 && tokens.get(i - 1).kind == Token.WORD && BEFORE_TABLE_NAME.contains(tokens.get(i - 1).text);
    }

    /** {@code ALTER TABLE "public"."t" ADD CONSTRAINT ...}, the only ALTER that backup writes. */
    private static boolean addsAConstraint(List<Token> tokens) {
        int i = 2;
        while (i < tokens.size() && (tokens.get(i).kind == Token.QUOTED || tokens.get(i).text.equals("."))) {
            i++;
        }
        return i + 1 < tokens.size() && tokens.get(i).text.equals("ADD") && tokens.get(i + 1).text.equals("CONSTRAINT");
    }

    private static Refused refused(String sql, int number) {
        String shown = sql.replaceAll("\\s+", " ");
        return new Refused("statement " + number + " is not one that backup writes: "
                + (shown.length() > 80 ? shown.substring(0, 80) + "..." : shown));
    }

    /** A word (upper-cased), a quoted name, a string, a number or one other character. */
    record Token(int kind, String text) {
        static final int WORD = 0;
        static final int QUOTED = 1;
        static final int STRING = 2;
        static final int OTHER = 3;

        /** The tokens of a statement, or null when it holds something backup never writes (such as $$). */
        static List<Token> all(String sql) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                int end;
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                } else if (c == '\'' || c == '"') {
                    end = i + 1;
                    while (end < sql.length() && !(sql.charAt(end) == c
                            && (end + 1 >= sql.length() || sql.charAt(end + 1) != c))) {
                        end += sql.charAt(end) == c ? 2 : 1;
                    }
                    if (end >= sql.length()) {
                        return null;
                    }
                    end++;
                    tokens.add(new Token(c == '"' ? QUOTED : STRING, sql.substring(i, end)));
                } else if (Character.isLetter(c) || c == '_') {
                    end = i;
                    while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                        end++;
                    }
                    tokens.add(new Token(WORD, sql.substring(i, end).toUpperCase(Locale.ROOT)));
                } else if (Character.isDigit(c)) {
                    end = i;
                    while (end < sql.length() && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.'
                            || sql.charAt(end) == 'E' || sql.charAt(end) == 'e'
                            || ((sql.charAt(end) == '-' || sql.charAt(end) == '+')
                                && (sql.charAt(end - 1) == 'E' || sql.charAt(end - 1) == 'e')))) {
                        end++;
                    }
                    tokens.add(new Token(OTHER, sql.substring(i, end)));
                } else if ("(),.-+*&[]:<>=".indexOf(c) >= 0) { // comparisons appear in CHECK constraints
                    end = i + 1;
                    tokens.add(new Token(OTHER, String.valueOf(c)));
                } else {
                    return null;
                }
                i = end;
            }
            return tokens;
        }
    }
}
