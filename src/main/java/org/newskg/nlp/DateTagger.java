package org.newskg.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags the dates news text names and normalises them against the publication date: "on Tuesday"
 * in an article of Wednesday 2024-11-13 is 2024-11-12, "June 19" is 2024-06-19, "in October" is
 * 2024-10, "yesterday" is the day before. It replaces CoreNLP's numeric classifiers and SUTime,
 * which cost about seven times as much as the NER model itself and normalise little more that
 * news rules use. Past is assumed unless the sentence speaks of the future ("will", "next").
 * Without a publication date only full dates (with a year) are normalised.
 */
public final class DateTagger {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "next", "upcoming", "tomorrow");

    private DateTagger() {
    }

    /** The sentence's tokens with DATE tags and normalised values added; other tokens unchanged. */
    public static List<Token> tag(List<Token> tokens, LocalDate published) {
        List<Token> out = new ArrayList<>(tokens);
        boolean future = tokens.stream().anyMatch(t -> FUTURE.contains(t.word().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < tokens.size(); i++) {
            String w = lower(tokens, i);
            Integer month = month(tokens, i);
            if (month != null && !(w.equals("may") && !capitalised(tokens, i))
                    && !(w.equals("march") && !capitalised(tokens, i))) {
                int end = i;
                Integer day = null;
                Integer year = null;
                if (isNumber(tokens, i + 1, 1, 31)) {
                    day = number(tokens, i + 1);
                    end = i + 1;
                    int y = end + 1 < tokens.size() && tokens.get(end + 1).word().equals(",") ? end + 2 : end + 1;
                    if (isNumber(tokens, y, 1800, 2200)) {
                        year = number(tokens, y);
                        end = y;
                    }
                } else if (isNumber(tokens, i + 1, 1800, 2200)) {
                    year = number(tokens, i + 1);
                    end = i + 1;
                } else if (i > 0 && isNumber(tokens, i - 1, 1, 31)) {
                    day = number(tokens, i - 1); // "19 June"
                    if (isNumber(tokens, i + 1, 1800, 2200)) {
                        year = number(tokens, i + 1);
                        end = i + 1;
                    }
                    i = i - 1;
                }
                String value = resolve(year, month, day, published, future);
                if (value != null && (day != null || year != null || precededByTimeWord(tokens, i))) {
                    mark(out, i, end, value);
                }
                i = end;
                continue;
            }
            DayOfWeek dow = WEEKDAYS.get(w);
            if (dow != null && published != null && capitalised(tokens, i)) {
                LocalDate d = published;
                boolean next = i > 0 && lower(tokens, i - 1).equals("next");
                boolean last = i > 0 && lower(tokens, i - 1).equals("last");
                if ((future || next) && !last) {
                    while (d.getDayOfWeek() != dow || next && d.equals(published)) {
                        d = d.plusDays(1);
                    }
                } else {
                    while (d.getDayOfWeek() != dow) {
                        d = d.minusDays(1);
                    }
                    if (last && d.equals(published)) {
                        d = d.minusDays(7);
                    }
                }
                mark(out, i, i, d.toString());
                continue;
            }
            if (published != null && (w.equals("yesterday") || w.equals("today") || w.equals("tonight") || w.equals("tomorrow"))) {
                LocalDate d = w.equals("yesterday") ? published.minusDays(1) : w.equals("tomorrow") ? published.plusDays(1) : published;
                mark(out, i, i, d.toString());
            }
        }
        return out;
    }

    /** "in October" names a month; "May" alone is more often the verb or a name. */
    private static boolean precededByTimeWord(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String p = lower(tokens, i - 1);
        return p.equals("in") || p.equals("since") || p.equals("until") || p.equals("by") || p.equals("early")
                || p.equals("late") || p.equals("mid") || p.equals("last") || p.equals("this") || p.equals("next");
    }

    private static String resolve(Integer year, int month, Integer day, LocalDate published, boolean future) {
        int y;
        if (year != null) {
            y = year;
        } else if (published == null) {
            return null;
        } else {
            y = published.getYear();
            // a month after the publication month, said in the past, is last year's ("Dec. 29" in January)
            YearMonth ym = YearMonth.of(y, month);
            if (!future && ym.isAfter(YearMonth.from(published))) {
                y--;
            } else if (future && ym.isBefore(YearMonth.from(published))) {
                y++;
            }
        }
        if (day == null) {
            return YearMonth.of(y, month).toString();
        }
        try {
            return LocalDate.of(y, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Integer month(List<Token> tokens, int i) {
        String w = lower(tokens, i).replace(".", "");
        return MONTHS.get(w);
    }

    private static int number(List<Token> tokens, int i) {
        return Integer.parseInt(tokens.get(i).word().replaceAll("(st|nd|rd|th)$", ""));
    }

    private static boolean isNumber(List<Token> tokens, int i, int min, int max) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).word().replaceAll("(st|nd|rd|th)$", "");
        if (!w.matches("\\d{1,4}")) {
            return false;
        }
        int n = Integer.parseInt(w);
        return n >= min && n <= max;
    }

    private static boolean capitalised(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String lower(List<Token> tokens, int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    private static void mark(List<Token> out, int from, int to, String value) {
        for (int k = from; k <= to; k++) {
            Token t = out.get(k);
            out.set(k, new Token(t.index(), t.word(), t.lemma(), t.pos(), "DATE", value, t.begin(), t.end()));
        }
    }
}
