package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the metadata lines of a plain-text article from its body: a publication or update
 * line gives the date, a dateline gives the place, credit lines give editors and authors, and a
 * "related stories" block with its headlines is dropped. Whatever is not recognised stays body.
 */
public final class PlainTextMetadata {
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:Updated|Published|Posted|First published|Last updated)(?: on| at)?:?\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    /** "TAIPEI, Taiwan – ", "WASHINGTON (Reuters) - ", "SEOUL, South Korea (AP) — ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'’ -]{1,40}?)(?:,\\s*([A-Z][A-Za-z.'’ -]{1,40}?))?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[–—]|--?)\\s+(?=\\S)");
    private static final Pattern CREDIT = Pattern.compile(
            "(Edited|Editing|Reporting|Writing|Written|Additional reporting|Compiled)\\s+by\\s+([^;.]+?)(?=;|\\.|$| and editing| in [A-Z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\(?(?:Edited|Editing|Reporting|Writing|Written|Additional reporting|Compiled)\\s+by\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED = Pattern.compile(
            "^(?:RELATED STORIES|RELATED|RELATED ARTICLES|READ MORE|MORE ON THIS|SEE ALSO|RELATED CONTENT)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Capitalised words that open caption and label lines the way a dateline would ("FILE - In this photo"). */
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("FILE", "PHOTO", "UPDATE", "UPDATED", "WATCH",
            "VIDEO", "EXCLUSIVE", "ANALYSIS", "BREAKING", "OPINION", "EDITOR'S NOTE", "CORRECTION", "LIVE");
    private static final Pattern UPDATE_NOTE = Pattern.compile("^Updated (?:to|with) .{0,120}$", Pattern.CASE_INSENSITIVE);

    /** The body and what was found. */
    public record Parsed(String body, String published, String dateline, List<String> authors, List<String> editors) {
    }

    private PlainTextMetadata() {
    }

    public static Parsed parse(String text) {
        String published = null;
        String dateline = null;
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<String> body = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean inRelated = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (inRelated) {
                if (line.isEmpty() || looksLikeHeadline(line)) {
                    continue;
                }
                inRelated = false;
            }
            if (line.isEmpty()) {
                body.add("");
                continue;
            }
            Matcher dm = DATE_LINE.matcher(line);
            if (dm.matches() && line.length() < 120) {
                String d = DateParser.parse(dm.group(1));
                if (d != null) {
                    if (published == null) {
                        published = d;
                    }
                    continue;
                }
            }
            if (UPDATE_NOTE.matcher(line).matches()) {
                continue;
            }
            if (RELATED.matcher(line).matches()) {
                inRelated = true;
                continue;
            }
            if (CREDIT_LINE.matcher(line).matches() && line.length() < 200) {
                Matcher cm = CREDIT.matcher(line);
                while (cm.find()) {
                    String role = cm.group(1).toLowerCase(Locale.ROOT);
                    for (String name : cm.group(2).split(",| and ")) {
                        String n = name.strip();
                        if (!n.isEmpty()) {
                            (role.startsWith("edit") ? editors : authors).add(n);
                        }
                    }
                }
                continue;
            }
            if (dateline == null && paragraphs(body) < 3) {
                // the dateline opens the story, possibly after a photo caption or two
                Matcher m = DATELINE.matcher(line);
                if (m.find() && !NOT_PLACES.contains(m.group(1).strip())) {
                    dateline = titleCase(m.group(1).strip()) + (m.group(2) != null ? ", " + m.group(2).strip() : "");
                    line = line.substring(m.end());
                }
            }
            body.add(line);
        }
        return new Parsed(String.join("\n", body).strip(), published, dateline, authors, editors);
    }

    private static long paragraphs(List<String> body) {
        return body.stream().filter(l -> !l.isBlank()).count();
    }

    /** A related-story headline: short, no closing sentence punctuation. */
    private static boolean looksLikeHeadline(String line) {
        int words = line.split("\\s+").length;
        char last = line.charAt(line.length() - 1);
        boolean endsSentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
        return words <= 20 && !endsSentence;
    }

    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.';
        }
        return sb.toString();
    }
}
