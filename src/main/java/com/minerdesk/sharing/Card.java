package com.minerdesk.sharing;

import java.util.List;

/**
 * What a share card shows, taken from the page it stands for: a kind (eyebrow), the title, an
 * optional line under it, up to three headline figures and the page's chart.
 *
 * @param sampleData true while the demo data set is loaded: the card says so, as every page does
 */
record Card(String eyebrow, String title, String subtitle, List<Figure> figures, Chart chart, boolean sampleData) {

    /** A headline figure; {@code sign} colours it as a rise (+1), a fall (−1) or neither (0). */
    record Figure(String label, String value, int sign) {
    }

    /** The page's chart, redrawn: a line of values oldest first, or columns around zero. */
    record Chart(String caption, List<Double> values, boolean columns) {
        Chart {
            values = List.copyOf(values);
        }
    }

    Card {
        figures = List.copyOf(figures);
    }
}
