package com.minerdesk.sharing;

import com.minerdesk.web.ShareImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Card} as a 1200 × 630 PNG with Java2D, in the site's light colours. Only logical
 * fonts are used (a headless JVM maps them to the system's fonts), so it runs with
 * {@code java.awt.headless=true} and needs no display.
 */
final class CardPainter {
    static final int WIDTH = ShareImage.CARD_WIDTH;
    static final int HEIGHT = ShareImage.CARD_HEIGHT;
    private static final int MARGIN = 60;
    private static final Color BACKGROUND = new Color(0xfbfaf7);
    private static final Color TEXT = new Color(0x1b1d21);
    private static final Color MUTED = new Color(0x5b616b);
    private static final Color LINE = new Color(0xdcd8cf);
    private static final Color BAND = new Color(0x14161a);
    private static final Color BAND_TEXT = new Color(0xf5f3ee);
    private static final Color ACCENT = new Color(0xf0a040);
    private static final Color UP = new Color(0x0f6b3a);
    private static final Color DOWN = new Color(0xa3192a);
    private static final Color SERIES = new Color(0x0b5cad);
    private static final Color SERIES_FILL = new Color(0x0b, 0x5c, 0xad, 40);
    private static final Color SAMPLE = new Color(0xfff4d6);
    private static final Color SAMPLE_TEXT = new Color(0x4d3800);

    private CardPainter() {
    }

    static {
        // the bytes are in memory already: without this ImageIO buffers every stream in a temporary file
        ImageIO.setUseCache(false);
    }

    static byte[] png(Card card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            paint(g, card);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void paint(Graphics2D g, Card card) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(BAND);
        g.fillRect(0, 0, WIDTH, 72);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.setColor(BAND_TEXT);
        g.drawString("\u25b2 Minerdesk", MARGIN, 47);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.setColor(ACCENT);
        String eyebrow = card.eyebrow().toUpperCase(java.util.Locale.ROOT);
        g.drawString(eyebrow, WIDTH - MARGIN - g.getFontMetrics().stringWidth(eyebrow), 45);

        int y = 140;
        g.setFont(new Font(Font.SERIF, Font.BOLD, card.figures().isEmpty() && card.chart() == null ? 64 : 54));
        g.setColor(TEXT);
        y = lines(g, card.title(), y, 2);
        if (card.subtitle() != null && !card.subtitle().isBlank()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
            g.setColor(MUTED);
            y = lines(g, card.subtitle(), y + 4, 2);
        }
        if (!card.figures().isEmpty()) {
            y = figures(g, card.figures(), y + 20);
        }
        int bottom = HEIGHT - 56;
        if (card.chart() != null && card.chart().values().size() >= 2 && bottom - y > 60) {
            chart(g, card.chart(), y + 24, bottom - 12);
        }
        footer(g, card);
    }

    /** Wraps {@code text} at word boundaries over at most {@code max} lines (the last one cut with …). */
    private static int lines(Graphics2D g, String text, int y, int max) {
        FontMetrics fm = g.getFontMetrics();
        int width = WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > max) {
            String last = lines.get(max - 1);
            while (!last.isEmpty() && fm.stringWidth(last + "\u2026") > width) {
                last = last.substring(0, last.length() - 1);
            }
            lines = new ArrayList<>(lines.subList(0, max - 1));
            lines.add(last.strip() + "\u2026");
        }
        for (String l : lines) {
            y += fm.getAscent();
            g.drawString(l, MARGIN, y);
            y += fm.getDescent();
        }
        return y;
    }

    private static int figures(Graphics2D g, List<Card.Figure> figures, int top) {
        int columnWidth = (WIDTH - 2 * MARGIN) / Math.max(3, figures.size());
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
        Font value = new Font(Font.SANS_SERIF, Font.BOLD, 44);
        int labelY = top + g.getFontMetrics(label).getAscent();
        int valueY = labelY + 8 + g.getFontMetrics(value).getAscent();
        for (int i = 0; i < figures.size(); i++) {
            Card.Figure f = figures.get(i);
            int x = MARGIN + i * columnWidth;
            g.setFont(label);
            g.setColor(MUTED);
            g.drawString(f.label(), x, labelY);
            g.setFont(value);
            g.setColor(f.sign() > 0 ? UP : f.sign() < 0 ? DOWN : TEXT);
            g.drawString(f.value(), x, valueY);
        }
        return valueY + g.getFontMetrics(value).getDescent();
    }

    private static void chart(Graphics2D g, Card.Chart chart, int top, int bottom) {
        List<Double> values = chart.values();
        double lowest = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double highest = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // columns grow from zero, so zero is always in view; a price line uses its own range
        double min = chart.columns() ? Math.min(lowest, 0) : lowest;
        double max = chart.columns() ? Math.max(highest, 0) : highest;
        double span = max - min == 0 ? 1 : max - min;
        double left = MARGIN;
        double width = WIDTH - 2.0 * MARGIN;
        double height = bottom - top;
        java.util.function.DoubleUnaryOperator yOf = v -> bottom - (v - min) / span * height;
        if (chart.columns()) {
            double step = width / values.size();
            double zero = yOf.applyAsDouble(0);
            for (int i = 0; i < values.size(); i++) {
                double v = values.get(i);
                double y = yOf.applyAsDouble(v);
                g.setColor(v >= 0 ? UP : DOWN);
                g.fill(new Rectangle2D.Double(left + i * step + step * 0.15, Math.min(y, zero), step * 0.7, Math.max(1, Math.abs(zero - y))));
            }
            g.setColor(MUTED);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new java.awt.geom.Line2D.Double(left, zero, left + width, zero));
            return;
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(new java.awt.geom.Line2D.Double(left, bottom, left + width, bottom));
        Path2D.Double line = new Path2D.Double();
        double step = width / (values.size() - 1);
        for (int i = 0; i < values.size(); i++) {
            double x = left + i * step;
            double y = yOf.applyAsDouble(values.get(i));
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        Path2D.Double area = new Path2D.Double(line);
        area.lineTo(left + width, bottom);
        area.lineTo(left, bottom);
        area.closePath();
        g.setColor(SERIES_FILL);
        g.fill(area);
        g.setColor(SERIES);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
    }

    private static void footer(Graphics2D g, Card card) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        FontMetrics fm = g.getFontMetrics();
        int baseline = HEIGHT - 22;
        if (card.chart() != null) {
            g.setColor(MUTED);
            g.drawString(card.chart().caption(), MARGIN, baseline);
        }
        if (card.sampleData()) {
            String sample = "Sample data";
            int w = fm.stringWidth(sample) + 24;
            int x = WIDTH - MARGIN - w;
            g.setColor(SAMPLE);
            g.fillRoundRect(x, baseline - fm.getAscent() - 6, w, fm.getHeight() + 10, 10, 10);
            g.setColor(SAMPLE_TEXT);
            g.drawString(sample, x + 12, baseline);
        }
    }
}
