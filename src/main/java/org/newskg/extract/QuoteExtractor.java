package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes (straight or curly double quotes, one or several sentences) and who said
 * them: the subject of a speech verb outside the quote in the sentence where it opens or closes
 * ("…," Patel said; said the ministry spokesperson Lin Jian), a pronoun resolved to the person
 * named last, or, for a paragraph that is all quote, the speaker of the quote just before it.
 * Short scare quotes ("destabilizing") are not quotes. An unresolved speaker stays null.
 */
public final class QuoteExtractor {
    private static final int MIN_WORDS = 4;

    private final Lexicon lexicon;

    public QuoteExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Quote> extract(AnnotatedArticle doc, ArticleEntities entities, Roles roles) {
        EntityResolver resolver = new EntityResolver(doc, entities);
        String text = doc.article().text();
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        for (int[] span : quoteSpans(text)) {
            String words = text.substring(span[0], span[1]).strip().replaceAll("[,\\s]+$", "");
            if (words.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            List<Sentence> around = sentencesOf(doc, span[0] - 1, span[1] + 1);
            if (around.isEmpty()) {
                continue;
            }
            Entity speaker = null;
            int verbSentence = -1;
            int verbToken = -1;
            for (Sentence s : around) {
                for (int i = 0; i < s.size() && speaker == null; i++) {
                    int off = s.token(i).begin();
                    if (off >= span[0] && off < span[1] || !lexicon.isSpeechVerb(s.token(i).lemma()) || !s.token(i).isVerb()) {
                        continue;
                    }
                    int who = subjectOf(s, i, span);
                    if (who >= 0) {
                        List<Entity> es = resolver.resolve(s, who);
                        speaker = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst()
                                .orElse(es.isEmpty() ? null : es.get(0));
                        verbSentence = s.index();
                        verbToken = i;
                    }
                }
            }
            boolean wholeParagraph = startsParagraph(text, span[0] - 1) && endsParagraph(text, span[1] + 1);
            if (speaker == null && verbToken < 0 && wholeParagraph && previous != null && previous.speaker() != null
                    && previousParagraphHasQuote(text, span[0] - 1, previous.end())) {
                speaker = previous.speaker();
            }
            Sentence evs = verbSentence >= 0 ? doc.sentences().get(verbSentence) : around.get(0);
            Evidence ev = verbToken >= 0 ? Evidence.of(evs, verbToken) : Evidence.of(evs);
            Quote q = new Quote(speaker, words, span[0], span[1], ev);
            quotes.add(q);
            previous = q;
        }
        return quotes;
    }

    /**
     * The speaker's token for a speech verb: its subject, or, in an inverted attribution after the
     * quote ("…," said Rutte), the noun right after the verb, which parsers often attach otherwise.
     */
    private static int subjectOf(Sentence s, int verb, int[] span) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj") && (s.token(d.dependent()).begin() < span[0] || s.token(d.dependent()).begin() >= span[1])) {
                return d.dependent();
            }
        }
        if (s.token(verb).begin() < span[1]) {
            return -1;
        }
        for (Dependency d : s.children(verb)) {
            int c = d.dependent();
            if (c > verb && c <= verb + 8 && s.token(c).isNoun()
                    && (d.base().equals("obj") || d.base().equals("iobj") || d.base().equals("xcomp") || d.base().equals("dep") || d.base().equals("nsubj")
                    || d.base().equals("obl") && d.refinement().equals("npmod"))) {
                return c;
            }
        }
        return -1;
    }

    /** Inner spans of double-quoted passages: curly pairs, and straight quotes paired in order. */
    static List<int[]> quoteSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '\u201C' || c == '"')) {
                open = i + 1;
                closer = c == '"' ? '"' : '\u201D';
            } else if (open >= 0 && c == closer) {
                spans.add(new int[]{open, i});
                open = -1;
            } else if (open >= 0 && c == '\n' && i + 1 < text.length() && (text.charAt(i + 1) == '\u201C' || text.charAt(i + 1) == '"')) {
                // a quote running on into the next paragraph reopens there: close this part here
                spans.add(new int[]{open, i});
                open = -1;
            }
        }
        return spans;
    }

    private static List<Sentence> sentencesOf(AnnotatedArticle doc, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.end() > from && s.begin() < to) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean startsParagraph(String text, int quoteMark) {
        if (quoteMark <= 0) {
            return true;
        }
        int nl = text.lastIndexOf('\n', quoteMark - 1);
        return text.substring(nl + 1, quoteMark).isBlank();
    }

    private static boolean endsParagraph(String text, int afterQuote) {
        int nl = text.indexOf('\n', afterQuote);
        String rest = text.substring(Math.min(afterQuote, text.length()), nl < 0 ? text.length() : nl);
        return rest.isBlank();
    }

    private static boolean previousParagraphHasQuote(String text, int quoteMark, int previousEnd) {
        int nl = text.lastIndexOf('\n', Math.max(0, quoteMark));
        int prevNl = nl <= 0 ? -1 : text.lastIndexOf('\n', nl - 1);
        return previousEnd > prevNl && previousEnd < Math.max(nl, 0) + 1;
    }
}
