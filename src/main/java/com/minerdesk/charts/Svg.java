package com.minerdesk.charts;

import com.minerdesk.web.Html;
import java.util.Locale;

/** A small writer of SVG markup: every attribute value and text node is escaped. */
final class Svg {
    private final StringBuilder out = new StringBuilder(8192);

    /** Opens an element; {@code attrs} are name/value pairs, pairs with a null value are left out. */
    Svg open(String name, Object... attrs) {
        start(name, attrs);
        out.append('>');
        return this;
    }

    Svg empty(String name, Object... attrs) {
        start(name, attrs);
        out.append("/>");
        return this;
    }

    Svg text(String name, String content, Object... attrs) {
        open(name, attrs);
        out.append(Html.escape(content));
        return close(name);
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    private void start(String name, Object... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            Object value = attrs[i + 1];
            if (value != null) {
                out.append(' ').append(attrs[i]).append("=\"").append(Html.escape(format(value))).append('"');
            }
        }
    }

    private static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return num(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /** A coordinate with at most one decimal, never in exponent notation. */
    static String num(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
