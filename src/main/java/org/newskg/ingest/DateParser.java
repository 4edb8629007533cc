package org.newskg.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that news metadata carries ("Nov. 13, 2024", "13 November 2024", ISO dates and
 * date-times, RFC 1123) into ISO form. An unreadable or implausible date gives null, never a
 * made-up default.
 */
public final class DateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern MDY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)(Z|[+-]\\d{2}:?\\d{2})?)?");

    private static final DateTimeFormatter XSD_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private DateParser() {
    }

    /** ISO date (yyyy-mm-dd) or date-time with offset, or null. */
    public static String parse(String s) {
        if (s == null || s.isBlank() || s.length() > 200) {
            return null;
        }
        s = s.strip();
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            String date = valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (date == null) {
                return null;
            }
            if (m.group(4) != null && m.group(5) != null) {
                try {
                    String zone = m.group(5).equals("Z") ? "Z" : m.group(5).replaceAll("(\\d{2})(\\d{2})$", "$1:$2");
                    return xsd(OffsetDateTime.parse(date + "T" + pad(m.group(4)) + zone));
                } catch (DateTimeParseException e) {
                    return date;
                }
            }
            return date;
        }
        m = MDY.matcher(s);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DMY.matcher(s);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        try {
            return xsd(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH))
                    .toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date part (yyyy-mm-dd) of what {@link #parse} returned, or null. */
    public static LocalDate dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Always with seconds: OffsetDateTime.toString() drops ":00" seconds, which xsd:dateTime does not allow. */
    private static String xsd(OffsetDateTime t) {
        if (t.getYear() < 1800 || t.getYear() > 2200) {
            return null;
        }
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(XSD_DATE_TIME);
    }

    private static String pad(String time) {
        return time.length() == 5 ? time + ":00" : time;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 4 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        return m == null ? 0 : m;
    }

    private static String valid(int y, int m, int d) {
        if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
