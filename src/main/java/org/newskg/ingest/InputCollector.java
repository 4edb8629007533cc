package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives (files, folders walked recursively, {@code -} for stdin) into
 * articles, choosing a reader by file extension. Every failure is reported to the sink with the
 * input's name; nothing here throws for a bad input.
 */
public final class InputCollector {
    /** Inputs larger than this are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private final Map<String, ArticleReader> readersByExtension;
    private final InputStream stdin;

    public InputCollector(Map<String, ArticleReader> readersByExtension, InputStream stdin) {
        this.readersByExtension = Map.copyOf(readersByExtension);
        this.stdin = stdin;
    }

    /** The readers for the formats newskg reads out of the box. */
    public static Map<String, ArticleReader> defaultReaders() {
        return Map.of("txt", new PlainTextReader(), "text", new PlainTextReader(),
                "jsonl", new JsonArticleReader(true), "ndjson", new JsonArticleReader(true),
                "json", new JsonArticleReader(false));
    }

    /** Expands folders so that the caller can check every input before heavy work starts. */
    public List<String> expand(List<String> args, Consumer<ReadResult> errors) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(arg);
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> readerFor(f.toString()) != null)
                            .sorted().forEach(f -> out.add(f.toString()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.accept(ReadResult.failed(new IngestException(arg, "cannot list folder: " + e.getMessage())));
                }
            } else if (!Files.exists(p)) {
                errors.accept(ReadResult.failed(new IngestException(arg, "no such file or folder")));
            } else if (readerFor(arg) == null) {
                errors.accept(ReadResult.failed(new IngestException(arg,
                        "unknown input type (expected one of " + String.join(", ", readersByExtension.keySet().stream().sorted().toList()) + ")")));
            } else if (!Files.isReadable(p)) {
                errors.accept(ReadResult.failed(new IngestException(arg, "not readable (permission denied)")));
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    /** Reads one expanded input and reports each of its articles or errors. */
    public void read(String input, Consumer<ReadResult> sink) {
        RawInput raw;
        try {
            raw = load(input);
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
            return;
        }
        ArticleReader reader = input.equals("-") ? sniffStdin(raw) : readerFor(input);
        reader.read(raw, sink);
    }

    private RawInput load(String input) {
        try {
            if (input.equals("-")) {
                byte[] bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
                checkSize("stdin", bytes.length);
                return new RawInput("stdin", "urn:newskg:stdin", bytes);
            }
            Path p = Path.of(input);
            long size = Files.size(p);
            checkSize(input, size);
            if (size == 0) {
                throw new IngestException(input, "empty file");
            }
            return new RawInput(input, p.toAbsolutePath().normalize().toUri().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new IngestException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    private static void checkSize(String name, long size) {
        if (size > MAX_FILE_BYTES) {
            throw new IngestException(name, "too large (" + (size >> 20) + " MiB; the limit is " + (MAX_FILE_BYTES >> 20) + " MiB)");
        }
    }

    private ArticleReader sniffStdin(RawInput raw) {
        String head = new String(raw.bytes(), 0, Math.min(raw.bytes().length, 64), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("{")) {
            return readersByExtension.get("jsonl");
        }
        if (head.startsWith("[")) {
            return readersByExtension.get("json");
        }
        return readersByExtension.get("txt");
    }

    private ArticleReader readerFor(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : readersByExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
