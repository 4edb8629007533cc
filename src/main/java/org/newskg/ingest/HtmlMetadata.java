package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The metadata a news page states about itself, best source first: schema.org JSON-LD
 * (NewsArticle, Article, ReportageNewsArticle..., also inside {@code @graph}), then Open Graph and
 * {@code article:*} properties, then plain {@code <meta>} names, microdata and {@code <title>}.
 * JSON-LD is read as plain JSON: its {@code @context} is never fetched.
 */
record HtmlMetadata(String title, String published, List<String> authors, String canonical, String jsonLdBody) {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "report");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(4 << 20)
                    .maxNumberLength(100).build()).build());
    private static final int MAX_JSON_NODES = 20_000;

    static HtmlMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), text(ld, "name"), meta(doc, "property", "og:title"),
                meta(doc, "name", "twitter:title"), meta(doc, "itemprop", "headline"), h1(doc), pageTitle(doc));
        String published = first(text(ld, "datePublished"), meta(doc, "property", "article:published_time"),
                meta(doc, "itemprop", "datePublished"), meta(doc, "name", "article:published_time"),
                meta(doc, "name", "pubdate"), meta(doc, "name", "publishdate"), meta(doc, "name", "date"),
                meta(doc, "name", "dc.date.issued"), meta(doc, "name", "dc.date"), meta(doc, "name", "sailthru.date"),
                timeElement(doc), text(ld, "dateCreated"));
        List<String> authors = new ArrayList<>(names(ld == null ? null : ld.get("author")));
        if (authors.isEmpty()) {
            addName(authors, meta(doc, "name", "author"));
            addName(authors, meta(doc, "property", "article:author"));
            doc.select("[itemprop=author] [itemprop=name], [rel=author]").forEach(e -> addName(authors, e.text()));
        }
        String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "property", "og:url"),
                text(ld, "url"), ld != null && ld.path("mainEntityOfPage").isObject() ? text(ld.get("mainEntityOfPage"), "@id") : null);
        return new HtmlMetadata(clean(title), published, List.copyOf(new LinkedHashSet<>(authors)), canonical, text(ld, "articleBody"));
    }

    /** The first article-typed object in any JSON-LD block, searched breadth-first with a node budget. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the other sources still count
            }
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            int seen = 0;
            while (!queue.isEmpty() && seen++ < MAX_JSON_NODES) {
                JsonNode n = queue.poll();
                if (n == null) {
                    continue;
                }
                if (n.isArray()) {
                    n.forEach(queue::add);
                } else if (n.isObject()) {
                    if (isArticle(n.get("@type"))) {
                        return n;
                    }
                    if (n.has("@graph")) {
                        queue.add(n.get("@graph"));
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(java.util.Locale.ROOT);
        int cut = Math.max(t.lastIndexOf('/'), Math.max(t.lastIndexOf(':'), t.lastIndexOf('#')));
        return ARTICLE_TYPES.contains(t.substring(cut + 1));
    }

    /** Author names from a JSON-LD author value: a string, a Person/Organization object, or an array of them. */
    private static List<String> names(JsonNode author) {
        List<String> out = new ArrayList<>();
        if (author == null) {
            return out;
        }
        if (author.isArray()) {
            for (int i = 0; i < Math.min(author.size(), 20); i++) {
                out.addAll(names(author.get(i)));
            }
        } else if (author.isTextual()) {
            addName(out, author.asText());
        } else if (author.isObject()) {
            addName(out, text(author, "name"));
        }
        return out;
    }

    /** Keeps plausible person names; profile urls and overlong strings are not names. */
    private static void addName(List<String> out, String name) {
        if (name == null) {
            return;
        }
        String n = clean(name.replaceFirst("(?i)^by\\s+", ""));
        if (!n.isEmpty() && n.length() <= 100 && !n.contains("://") && !out.contains(n)) {
            out.add(n);
        }
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static String meta(Document doc, String attr, String value) {
        for (Element e : doc.getElementsByTag("meta")) {
            if (e.attr(attr).equalsIgnoreCase(value)) {
                String c = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!c.isBlank()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        String v = e == null ? "" : e.attr(attr);
        return v.isBlank() ? null : v;
    }

    private static String timeElement(Document doc) {
        Element e = doc.selectFirst("article time[datetime], time[itemprop=datePublished], time[pubdate], time[datetime]");
        return e == null ? null : e.attr("datetime");
    }

    private static String h1(Document doc) {
        Element e = doc.selectFirst("article h1, main h1, h1");
        return e == null ? null : e.text();
    }

    /** The page title without the " | Site name" or " - Site name" that sites append. */
    private static String pageTitle(Document doc) {
        String t = doc.title();
        return t.isBlank() ? null : t.replaceFirst("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]{1,40}$", "");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
