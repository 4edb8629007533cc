package org.newskg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD framed as web developers expect it: one tree per article, with the entities it
 * mentions embedded under {@code mentions} and the events, quotes and facts it reports under
 * {@code reported}, in short terms (headline, label, sameAs) from an inline context. The frame
 * lives in {@code queries/export/article-frame.jsonld}; no remote context is ever loaded. Built in
 * memory, so best with --article or a date range.
 */
public final class JsonLdArticleExporter implements Exporter {
    @Override
    public String name() {
        return "jsonld-framed";
    }

    @Override
    public String description() {
        return "each article as a JSON-LD tree with its entities, events, quotes and facts embedded (in memory: use with --article)";
    }

    @Override
    public boolean entityGraph() {
        return false;
    }

    @Override
    public void write(DatasetGraph data, Subset subset, OutputStream out) throws IOException {
        List<Node> articles = subset.choosesArticles()
                ? Scope.resolve(data, subset, GraphExporter.TIMEOUT_SECONDS).articles() : null;
        Graph g = GraphFactory.createDefaultGraph();
        Iterator<Node> graphs = articles == null ? data.listGraphNodes() : articles.iterator();
        graphs.forEachRemaining(a -> data.find(a, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple())));
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, g, RDFFormat.JSONLD11_PLAIN);
        try (InputStream frame = frame()) {
            JsonObject framed = JsonLd.frame(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())), JsonDocument.of(frame))
                    .loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "newskg loads no remote JSON-LD: " + url);
                    })
                    .ordered(true).omitGraph(false).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new NonClosing(out))) {
                w.write(framed);
            }
            out.write('\n');
        } catch (JsonLdError e) {
            throw new IOException("JSON-LD framing failed: " + e.getMessage(), e);
        }
    }

    private static InputStream frame() {
        InputStream in = JsonLdArticleExporter.class.getResourceAsStream("/queries/export/article-frame.jsonld");
        if (in == null) {
            throw new IllegalStateException("missing resource queries/export/article-frame.jsonld");
        }
        return in;
    }

    /** The JSON writer closes its stream; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
