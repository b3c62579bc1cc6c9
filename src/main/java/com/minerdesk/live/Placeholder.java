package com.minerdesk.live;

/**
 * A parsed {@code {{…}}}: either a figure written inline ({@code ABTC.change}, {@code sector.gainers})
 * or a block that stands on a line of its own ({@code movers 5}, {@code table}, {@code chart ABTC},
 * {@code pivots ABTC}).
 */
public sealed interface Placeholder permits Placeholder.Figure, Placeholder.Block {

    /** The canonical expression, which is also what a marker carries: "ABTC.change", "movers:5". */
    String expression();

    /** The ticker this placeholder is about, or null. */
    String ticker();

    /**
     * A figure. {@code scope} is a ticker (upper case) or one of the data scopes
     * {@code sector, btc, network, cost, margin}.
     */
    record Figure(String scope, String field) implements Placeholder {
        public boolean aboutCompany() {
            return !PlaceholderSyntax.SCOPES.containsKey(scope);
        }

        @Override
        public String expression() {
            return scope + "." + field;
        }

        @Override
        public String ticker() {
            return aboutCompany() ? scope : null;
        }
    }

    /** A block: {@code movers} with a count, {@code table}, {@code chart} or {@code pivots} with a ticker. */
    record Block(BlockKind kind, String argument) implements Placeholder {
        @Override
        public String expression() {
            return argument == null ? kind.word() : kind.word() + ":" + argument;
        }

        @Override
        public String ticker() {
            return kind.takesTicker() ? argument : null;
        }

        public int count() {
            return kind == BlockKind.MOVERS ? Integer.parseInt(argument) : 0;
        }
    }

    enum BlockKind {
        MOVERS("movers"), TABLE("table"), CHART("chart"), PIVOTS("pivots");

        private final String word;

        BlockKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        boolean takesTicker() {
            return this == CHART || this == PIVOTS;
        }
    }
}
