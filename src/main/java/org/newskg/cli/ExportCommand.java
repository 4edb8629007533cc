package org.newskg.cli;

import org.newskg.export.Exporter;
import org.newskg.export.Exporters;
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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph in a format for other tools (RDF, and graph formats for visualisation).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = {"--format", "-f"}, required = true, paramLabel = "F",
            description = "Output format: trig, nq, ttl, jsonld (and the graph formats the registry lists in --help).")
    String format;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Write here (default: stdout). Written to a temporary file first, so a failed export leaves no half file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Exporter exporter = Exporters.get(format);
        if (exporter == null) {
            throw new IllegalArgumentException("unknown format '" + format + "'; one of: "
                    + Exporters.all().stream().map(Exporter::name).collect(Collectors.joining(", ")));
        }
        try (Store st = Stores.open(store.location(), false)) {
            if (out == null) {
                OutputStream os = new BufferedOutputStream(System.out);
                st.read(dsg -> write(exporter, dsg, os));
                os.flush();
            } else {
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".newskg-export", ".tmp");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    st.read(dsg -> write(exporter, dsg, os));
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return ExitCode.OK;
    }

    private static Void write(Exporter e, org.apache.jena.sparql.core.DatasetGraph dsg, OutputStream os) {
        try {
            e.write(dsg, os);
            return null;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
