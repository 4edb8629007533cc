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
        EntityResolver resolver = new EntityResolver(doc, entities, lexicon);
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
            boolean continues = previous != null && previous.speaker() != null && verbToken < 0
                    && (wholeParagraph && previousParagraphHasQuote(text, span[0] - 1, previous.end())
                    || text.substring(Math.min(previous.end() + 1, span[0]), Math.max(previous.end() + 1, span[0] - 1)).isBlank()
                    || sentencesBetween(doc, previous.end(), span[0]) == 0 && !wholeParagraph);
            if (speaker == null && continues) {
                // an unattributed quote right after another one goes on with the same speaker
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
        return Attribution.invertedSubject(s, verb);
    }

    /**
     * Inner spans of double-quoted passages. Curly quotes pair by shape. A straight quote opens when
     * it follows a space or the start and precedes a word, and closes otherwise; an opening quote
     * inside an open quote means the previous one lost its closing mark (common in scraped text),
     * so the previous quote ends there instead of swallowing the text after it.
     */
    static List<int[]> quoteSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                if (open >= 0) {
                    spans.add(new int[]{open, trimEnd(text, open, i)});
                }
                open = i + 1;
                closer = '\u201D';
            } else if (c == '\u201D') {
                if (open >= 0 && closer == '\u201D') {
                    spans.add(new int[]{open, i});
                    open = -1;
                }
            } else if (c == '"') {
                boolean opens = (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([:".indexOf(text.charAt(i - 1)) >= 0)
                        && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
                if (open < 0) {
                    open = i + 1;
                    closer = '"';
                } else if (closer != '"') {
                    continue;
                } else if (opens) {
                    spans.add(new int[]{open, trimEnd(text, open, i)});
                    open = i + 1;
                } else {
                    spans.add(new int[]{open, i});
                    open = -1;
                }
            } else if (open >= 0 && c == '\n') {
                // a quote never runs past its paragraph unclosed: a new paragraph reopens it if it goes on
                spans.add(new int[]{open, i});
                open = -1;
            }
        }
        return spans;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
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

    private static int sentencesBetween(AnnotatedArticle doc, int from, int to) {
        int n = 0;
        for (Sentence s : doc.sentences()) {
            if (s.begin() > from && s.end() < to) {
                n++;
            }
        }
        return n;
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
