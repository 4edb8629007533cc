package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The triples of the links graph ({@value #IRI}): links found after ingest (by
 * {@code newskg link --online}), kept apart from the article graphs so that re-ingesting an
 * article never drops them, and seen by every query through the union default graph. The entity
 * keeps its IRI and gains {@code owl:sameAs}; no {@code rdf:type} or {@code rdfs:label} is written
 * here, so an entity that no article mentions any more does not reappear.
 */
public final class LinksGraph {
    /** The named graph holding links found after ingest. */
    public static final String IRI = IriMinter.BASE + "graph/links";
    public static final String DBPEDIA = "http://dbpedia.org/resource/";

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]{0,11}");

    private final Graph graph = GraphFactory.createDefaultGraph();

    /**
     * Adds one link.
     *
     * @param entityIri    the stored entity's IRI (unchanged)
     * @param qid          the Wikidata id
     * @param method       how it was found ({@code wikidata-search})
     * @param score        from 0 to 1
     * @param altLabel     another name to add (Wikidata's label when it differs), or null
     * @param enwikiTitle  the English Wikipedia title, for a DBpedia {@code owl:sameAs}, or null
     * @throws IllegalArgumentException when the QID is malformed
     */
    public LinksGraph add(String entityIri, String qid, String method, double score, String altLabel, String enwikiTitle) {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("not a Wikidata id: " + qid);
        }
        Node e = NodeFactory.createURI(entityIri);
        graph.add(e, NKG.sameAs, NodeFactory.createURI(NKG.WIKIDATA + qid));
        graph.add(e, NKG.linkMethod, NodeFactory.createLiteralString(method));
        graph.add(e, NKG.linkScore, NodeFactory.createLiteralDT(
                BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        if (altLabel != null && !altLabel.isBlank()) {
            graph.add(e, NKG.altLabel, NodeFactory.createLiteralString(altLabel));
        }
        String db = dbpedia(enwikiTitle);
        if (db != null) {
            graph.add(e, NKG.sameAs, NodeFactory.createURI(db));
        }
        return this;
    }

    public Graph graph() {
        return graph;
    }

    /**
     * The DBpedia resource of an English Wikipedia title ({@code São Paulo} gives
     * {@code http://dbpedia.org/resource/São_Paulo}), or null for a blank or unusable title.
     * Spaces become underscores; characters not allowed in an IRI (ASCII controls and
     * {@code <>"{}|\^`}, {@code %}, {@code ?}, {@code #}, and non-ASCII space, control and
     * format characters) are percent-encoded, so the title can never break out of the IRI.
     */
    public static String dbpedia(String title) {
        if (title == null || title.isBlank() || title.length() > 512) {
            return null;
        }
        String t = title.strip().replace(' ', '_');
        StringBuilder sb = new StringBuilder(DBPEDIA);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            boolean plain = cp < 0x80
                    ? cp > 0x20 && cp < 0x7F && "<>\"{}|\\^`%?#".indexOf(cp) < 0
                    : Character.isLetterOrDigit(cp) || isSafeSymbol(cp);
            if (plain) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return sb.toString();
    }

    private static boolean isSafeSymbol(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SPACE_SEPARATOR
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && !(cp >= 0xFFF0 && cp <= 0xFFFF);
    }
}
