package org.newskg.export;

/**
 * Makes untrusted store text (labels and sentences come from news articles) safe to put in an
 * export, before each format's own escaping: characters XML 1.0 forbids, other control characters
 * and the bidi controls that can make a label display as something else (Trojan Source) are
 * removed; line breaks and runs of white space become one space; long text is cut.
 */
public final class Text {
    public static final int MAX_LABEL = 200;
    public static final int MAX_SENTENCE = 1000;

    private Text() {
    }

    public static String label(String s) {
        return clean(s, MAX_LABEL);
    }

    public static String sentence(String s) {
        return clean(s, MAX_SENTENCE);
    }

    /** Null stays null; otherwise the cleaned text, at most max code points (an ellipsis marks a cut). */
    public static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        int kept = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = sb.length() > 0;
                continue;
            }
            if (dropped(cp)) {
                continue;
            }
            if (kept == max) {
                sb.append('\u2026');
                break;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
            kept++;
        }
        return sb.toString();
    }

    /** Characters no export keeps. */
    static boolean dropped(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)          // C0 and C1 controls, DEL
                || (cp >= 0xD800 && cp <= 0xDFFF)                  // unpaired surrogates
                || cp == 0xFFFE || cp == 0xFFFF || cp == 0xFEFF     // XML-illegal, byte order mark
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE  // non-characters
                || cp == 0x061C || cp == 0x200E || cp == 0x200F     // bidi marks
                || (cp >= 0x202A && cp <= 0x202E)                   // bidi embeddings and overrides
                || (cp >= 0x2066 && cp <= 0x2069);                  // bidi isolates
    }

    /**
     * yEd renders a label that starts with {@code <html>} as HTML; a zero-width space in front of
     * any label starting with '<' keeps it plain text.
     */
    public static String yed(String label) {
        return label.startsWith("<") ? "\u200B" + label : label;
    }

    /** A DOT double-quoted string. Graphviz reads &amp;entities; in labels, so '&amp;' is escaped too. */
    public static String dot(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '&' -> sb.append("&amp;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Only http(s) links are ever written for a reader to follow. */
    public static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.chars().noneMatch(c -> c <= ' ')
                ? url : null;
    }
}
