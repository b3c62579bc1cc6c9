package com.minerdesk.feeds;

/**
 * Text that XML 1.0 can carry. Control characters other than tab and line breaks, lone surrogates
 * and U+FFFE/U+FFFF are not allowed in an XML document even as character references, so they are
 * dropped before any feed is written. The C1 controls (U+0080 to U+009F) and U+FFFD are allowed
 * but only ever come from broken decoding, and the W3C validator warns about them: dropped too.
 */
final class XmlText {
    private XmlText() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            keep = c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c < 0x80
                    || c > 0x9F && c <= 0xD7FF
                    || c >= 0xE000 && c < 0xFFFD;
            if (!keep && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
