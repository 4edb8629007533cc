package org.newskg.nlp;

import org.newskg.ingest.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A debug and test stand-in for CoreNLP: sentences from a regex splitter, tokens from a regex
 * tokenizer, no parts of speech beyond "proper noun if capitalised", no NER and no dependencies.
 * It exists so that tests of everything around the NLP (reading, storing, crash safety) start in
 * milliseconds instead of CoreNLP's 20 s; the graphs it leads to hold the articles' metadata and
 * almost nothing else. Not a feature: never use it for real ingests.
 */
public final class StubAnnotator implements Annotator {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(s.start(), s.end());
            while (t.find()) {
                String w = t.group();
                String pos = Character.isUpperCase(w.codePointAt(0)) ? "NNP" : Character.isLetter(w.codePointAt(0)) ? "NN" : w;
                tokens.add(new Token(tokens.size(), w, w.toLowerCase(java.util.Locale.ROOT), pos, "O", null, t.start(), t.end()));
            }
            if (!tokens.isEmpty()) {
                int begin = tokens.get(0).begin();
                int end = tokens.get(tokens.size() - 1).end();
                sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), tokens, List.of(), List.of()));
            }
        }
        return new AnnotatedArticle(article, sentences);
    }
}
