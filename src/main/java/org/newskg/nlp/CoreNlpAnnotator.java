package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.newskg.ingest.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline, configured for what newskg's rules read and no more: tokens, sentences,
 * parts of speech, lemmas, one CRF NER model (PERSON, ORGANIZATION, LOCATION) and the neural
 * dependency parser. Statistical coreference, the two extra NER models, the fine-grained NER
 * classes, numeric classifiers and SUTime of the default pipeline are left out: they are most of
 * its cost. Names are joined, demonyms and titles read, and dates normalised ({@link DateTagger})
 * by newskg's own rules and lexicons instead. One instance is shared by all worker threads.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static CoreNlpAnnotator shared;

    private final StanfordCoreNLP pipeline;

    /** The process-wide pipeline with newskg's configuration, built on first use (about 15 s). */
    public static synchronized CoreNlpAnnotator shared() {
        if (shared == null) {
            shared = new CoreNlpAnnotator();
        }
        return shared;
    }

    public CoreNlpAnnotator() {
        this(defaultProperties());
    }

    public CoreNlpAnnotator(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Silences CoreNLP's own progress lines on stderr (model loading), unless verbose. */
    public static void quiet() {
        // Redwood puts back the System streams it saw when it loaded: keep the caller's own
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        System.setOut(out);
        System.setErr(err);
    }

    /** The pipeline newskg needs. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // dates come from DateTagger: numeric classifiers and SUTime cost seven times the NER model
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("pos.maxlen", "200");
        return p;
    }

    /** The default CoreNLP pipeline, for the benchmark's side-by-side baseline. */
    public static Properties corenlpDefaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
        return p;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> cms = doc.get(CoreAnnotations.SentencesAnnotation.class);
        java.time.LocalDate published = org.newskg.ingest.DateParser.dateOf(article.published());
        for (int s = 0; s < cms.size(); s++) {
            sentences.add(convert(s, cms.get(s), article.text(), published));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private static Sentence convert(int index, CoreMap cm, String text, java.time.LocalDate published) {
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    l.beginPosition(), l.endPosition()));
        }
        tokens = DateTagger.tag(tokens, published);
        int begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, text.substring(begin, end), tokens,
                edges(cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
                edges(cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
    }

    private static List<Dependency> edges(SemanticGraph g) {
        List<Dependency> deps = new ArrayList<>();
        if (g == null) {
            return deps;
        }
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
                continue; // copy nodes of enhanced++ have no place in the token list
            }
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return deps;
    }
}
