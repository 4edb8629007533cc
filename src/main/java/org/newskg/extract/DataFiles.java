package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the readable data files under {@code data/} (packaged on the classpath): comments and blank lines skipped. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The data lines of a file, split on tabs. */
    public static List<String[]> rows(String path) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(path)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    public static List<String> lines(String path) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }
}
