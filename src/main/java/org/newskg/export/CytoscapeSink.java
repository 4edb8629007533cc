package org.newskg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape JSON ({@code {"elements":{"nodes":[{"data":{...}}],"edges":[...]}}}), read by Cytoscape
 * desktop and Cytoscape.js: {@code name} is the label desktop shows, {@code interaction} the edge
 * type. The html export and newskg serve's page use the same JSON with evidence as objects (with
 * article links) and {@code <}, {@code >}, {@code &} and line separators escaped, so it can sit
 * inside a script element.
 */
final class CytoscapeSink implements GraphSink {
    private final JsonGenerator g;
    private final boolean forPage;
    private boolean inEdges;

    /** @param forPage write evidence objects and escape for embedding in HTML */
    CytoscapeSink(OutputStream out, boolean forPage) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.forPage = forPage;
        if (forPage) {
            g.setCharacterEscapes(new HtmlSafe());
        } else {
            g.useDefaultPrettyPrinter();
        }
    }

    @Override
    public void start() throws IOException {
        g.writeStartObject();
        g.writeStringField("format_version", "1.0");
        g.writeStringField("generated_by", "newskg");
        g.writeObjectFieldStart("data");
        g.writeStringField("name", "newskg");
        g.writeEndObject();
        g.writeObjectFieldStart("elements");
        g.writeArrayFieldStart("nodes");
    }

    @Override
    public void node(GraphNode n) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("data");
        g.writeStringField("id", n.id());
        g.writeStringField("name", Text.label(n.label()));
        g.writeStringField("type", n.type());
        field("wikidata", n.wikidata());
        g.writeStringField("iri", n.iri());
        g.writeNumberField("mentions", n.mentions());
        field("first", n.first());
        field("last", n.last());
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void edge(GraphEdge e) throws IOException {
        if (!inEdges) {
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            inEdges = true;
        }
        g.writeStartObject();
        g.writeObjectFieldStart("data");
        g.writeStringField("id", e.id());
        g.writeStringField("source", e.source().id());
        g.writeStringField("target", e.target().id());
        g.writeStringField("interaction", Text.label(e.relation()));
        g.writeStringField("name", Text.label(e.label()));
        g.writeStringField("kind", e.kind());
        g.writeBooleanField("directed", e.directed());
        g.writeNumberField("weight", e.weight());
        field("first", e.first());
        field("last", e.last());
        g.writeArrayFieldStart("evidence");
        for (GraphEdge.Evidence ev : e.evidence()) {
            if (forPage) {
                g.writeStartObject();
                g.writeStringField("text", Text.sentence(ev.sentence()));
                g.writeStringField("article", ev.article());
                field("url", Text.httpUrl(ev.url()));
                g.writeEndObject();
            } else {
                g.writeString(Text.sentence(ev.sentence()));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void field(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    @Override
    public void finish() throws IOException {
        if (!inEdges) {
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        if (!forPage) {
            g.writeRaw('\n');
            g.flush();
        }
    }

    /**
     * Escapes what could end a script element or open a comment ({@code </script>}, {@code <!--}),
     * {@code &}, and U+2028/2029 (line breaks in older JavaScript parsers), as \\uXXXX.
     */
    static final class HtmlSafe extends CharacterEscapes {
        private final int[] table = standardAsciiEscapesForJSON();

        HtmlSafe() {
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
            table['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
