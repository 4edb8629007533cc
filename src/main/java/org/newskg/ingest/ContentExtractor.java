package org.newskg.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body of a news page, in the spirit of Readability: boilerplate is pruned
 * (scripts, navigation, asides, figures and captions, hidden elements, blocks whose class or id
 * says "related", "share", "promo", ...), then the body is the {@code itemprop=articleBody}
 * element, else the largest {@code <article>}, else the element whose paragraphs score best on
 * text length and commas, discounted by link density. Its text is emitted paragraph by paragraph,
 * dropping link lists and one-line boilerplate. Every walk is iterative: deeply nested hostile
 * markup cannot overflow the stack.
 */
final class ContentExtractor {
    private static final String DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, "
            + "input, select, textarea, nav, aside, footer, header, figure, figcaption, picture, video, audio, map, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alert]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|\\bads?\\b|advert|banner|breadcrumb|byline|caption|combx|comment|"
            + "community|cookie|disqus|footer|gdpr|header|menu|most-?popular|newsletter|outbrain|pager|pagination|popup|promo|"
            + "recirc|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|"
            + "supplemental|taboola|tags|toolbar|trending|read-?more|more-?stories|\\bnav");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|column");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(advertisement|ad|sponsored|read more.*|related( stories| articles| coverage)?:?.*|"
            + "share (this|on).*|sign up.*|subscribe.*|follow us.*|click here.*|(image|photo|video|graphic)( credit)?:.*|"
            + "getty images|reuters/.*|\\(?ap photo.*|©.*|copyright .*|all rights reserved.*|listen to this article.*|"
            + "skip (to|advertisement).*|continue reading.*|story continues below.*)$");
    private static final int MIN_BODY = 250;
    /** Pruning checks at most this many elements by class and id, so hostile pages cost linear time. */
    private static final int MAX_PRUNE_CHECKS = 20_000;

    private ContentExtractor() {
    }

    /** The article body as paragraphs separated by blank lines ("" when nothing looks like one). */
    static String extract(Element body, String title) {
        prune(body);
        List<Element> containers = containers(body);
        StringBuilder out = new StringBuilder();
        for (Element c : containers) {
            emit(c, title, out);
        }
        return out.toString().strip();
    }

    private static void prune(Element body) {
        body.select(DROP).remove();
        body.select("[style]").stream().filter(e -> HIDDEN_STYLE.matcher(e.attr("style")).find()).forEach(Element::remove);
        int budget = MAX_PRUNE_CHECKS;
        int bodyText = body.text().length();
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.select("[class], [id]")) {
            if (budget-- <= 0) {
                break;
            }
            String key = e.className() + " " + e.id();
            if (UNLIKELY.matcher(key).find() && !LIKELY.matcher(key).find() && !protectedTag(e, bodyText)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Never prune the body itself, nor a wrapper that holds it (a "page-header-wrapper" around everything). */
    private static boolean protectedTag(Element e, int bodyText) {
        String t = e.normalName();
        return t.equals("body") || t.equals("article") || t.equals("main") || t.equals("a")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")
                || e.selectFirst("article, main, [itemprop=articleBody]") != null
                || e.text().length() * 2 > bodyText;
    }

    /** The element(s) holding the body. */
    private static List<Element> containers(Element body) {
        Element best = largest(body.select("[itemprop=articleBody]"));
        if (best == null) {
            best = largest(body.select("article"));
        }
        if (best != null) {
            return List.of(best);
        }
        return scored(body);
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        double bestLen = MIN_BODY;
        for (Element e : candidates) {
            double len = paragraphText(e) * (1 - linkDensity(e));
            if (len >= bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    /** Readability's scoring: paragraphs give their parents points for length and commas. */
    private static List<Element> scored(Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double s = 1 + text.split("[,\uFF0C\u060C]", -1).length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, s / 2, Double::sum);
                }
            }
        }
        Element top = null;
        double topScore = 0;
        Map<Element, Double> adjusted = new HashMap<>();
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            adjusted.put(e.getKey(), s);
            if (s > topScore) {
                top = e.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top || adjusted.getOrDefault(sibling, 0.0) >= threshold) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n == 0 ? e.text().length() / 2 : n;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }

    /** Emits the container's text paragraph by paragraph; link-heavy and boilerplate paragraphs are left out. */
    private static void emit(Element container, String title, StringBuilder out) {
        container.traverse(new NodeVisitor() {
            final StringBuilder para = new StringBuilder();
            int linkChars;
            int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (!s.isBlank() || para.length() > 0) {
                        String norm = s.replaceAll("\\s+", " ");
                        para.append(norm);
                        if (inLink > 0) {
                            linkChars += norm.strip().length();
                        }
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink++;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink--;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush();
                    }
                }
                if (node == container) {
                    flush();
                }
            }

            private void flush() {
                String p = para.toString().strip();
                int links = linkChars;
                para.setLength(0);
                linkChars = 0;
                if (p.isEmpty() || p.equals(title) || (double) links / p.length() > 0.5
                        || (p.length() < 160 && BOILERPLATE.matcher(p).matches())) {
                    return;
                }
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        });
    }
}
