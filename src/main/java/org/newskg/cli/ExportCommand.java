package org.newskg.cli;

import org.newskg.export.Exporter;
import org.newskg.export.Exporters;
import org.newskg.export.Subset;
import org.newskg.export.SubsetException;
import org.newskg.store.Store;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the graph in a format for other tools: RDF, or the entity graph (entities as nodes, "
                + "facts and events between them as edges weighted by supporting articles) for Gephi, yEd, "
                + "Cytoscape, Graphviz or a browser.", "",
                "RDF formats: trig, nq (every article as its named graph), ttl, jsonld (one merged graph), "
                        + "jsonld-framed (a tree per article with its entities embedded).",
                "Graph formats: graphml (yEd, also Gephi and Cytoscape), gexf (Gephi, with a timeline), "
                        + "cytoscape (Cytoscape JSON), dot (Graphviz), html (one offline page to explore in a browser).", "",
                "Examples:",
                "  newskg export --format gexf --out news.gexf",
                "  newskg export --format html --entity Russia --hops 2 --since 2024-11-01 --out russia.html",
                "  newskg export --format trig --article https://example.org/story > story.trig",
                "  newskg export --format dot --types country,organization | dot -Tsvg > graph.svg", ""})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = {"--format", "-f"}, required = true, paramLabel = "F",
            completionCandidates = ExportCommand.Formats.class,
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Write here (default: stdout). Written to a temporary file first, so a failed export leaves no half file.")
    Path out;

    @Option(names = "--article", paramLabel = "IRI|URL", split = ",",
            description = "Only these articles (an article IRI or the article's source URL; repeatable).")
    List<String> articles = new ArrayList<>();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day (undated articles are left out).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day (undated articles are left out).")
    String until;

    @Option(names = "--entity", paramLabel = "NAME|QID", split = ",",
            description = "Graph formats: only the graph around these entities (a label or other name, a Wikidata id such as Q159, or an entity IRI; repeatable).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--hops", paramLabel = "N", defaultValue = "1",
            description = "Graph formats, with --entity: how many edges away from the entities to reach (0-5, default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--types", paramLabel = "TYPE", split = ",",
            description = "Graph formats: only these entity types: person, organization, country, location.")
    List<String> types = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Exporter exporter = Exporters.get(format);
        if (exporter == null) {
            throw new IllegalArgumentException("unknown format '" + format + "'; one of: "
                    + Exporters.all().stream().map(Exporter::name).collect(Collectors.joining(", ")));
        }
        Subset subset = subset(exporter);
        try (Store st = Stores.open(store.location(), false)) {
            if (out == null) {
                OutputStream os = new BufferedOutputStream(System.out);
                st.read(dsg -> write(exporter, dsg, subset, os));
                os.flush();
            } else {
                Path dir = out.toAbsolutePath().getParent();
                // not createTempFile: its owner-only permissions would stick to the export
                Path tmp = Files.createFile(dir.resolve(".newskg-export-" + ProcessHandle.current().pid() + "-"
                        + System.nanoTime() + ".tmp"));
                try {
                    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                        st.read(dsg -> write(exporter, dsg, subset, os));
                    }
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        return ExitCode.OK;
    }

    /** Checks the filters before the store is opened; refuses a filter the format would ignore. */
    private Subset subset(Exporter exporter) {
        boolean entityFilters = !entities.isEmpty() || !types.isEmpty();
        if (entityFilters && !exporter.entityGraph()) {
            throw new SubsetException("--entity and --types choose nodes of the entity graph, which format '" + format
                    + "' does not draw; use a graph format (" + Exporters.all().stream().filter(Exporter::entityGraph)
                    .map(Exporter::name).collect(Collectors.joining(", ")) + "), or --article/--since/--until");
        }
        if (hops != 1 && entities.isEmpty()) {
            throw new SubsetException("--hops needs --entity");
        }
        return new Subset(articles, entities, hops, day("--since", since), day("--until", until), new java.util.HashSet<>(types));
    }

    private static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SubsetException(option + " wants a day as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** The registry's format names, for --help and shell completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.all().stream().map(Exporter::name).iterator();
        }
    }

    private static Void write(Exporter e, org.apache.jena.sparql.core.DatasetGraph dsg, Subset subset, OutputStream os) {
        try {
            e.write(dsg, subset, os);
            return null;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
