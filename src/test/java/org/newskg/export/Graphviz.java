package org.newskg.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz's dot (Debian package graphviz) when it is installed. */
final class Graphviz {
    private Graphviz() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "dot"))) {
                return true;
            }
        }
        return false;
    }

    /** dot -Tsvg over the text; fails on a non-zero exit or any message on stderr. */
    static String svg(String dotText, Path workDir) throws IOException, InterruptedException {
        Path in = Files.writeString(workDir.resolve("graph.dot"), dotText, StandardCharsets.UTF_8);
        Path err = workDir.resolve("dot.err");
        Process p = new ProcessBuilder("dot", "-Tsvg", in.toString()).directory(workDir.toFile())
                .redirectError(err.toFile()).start();
        byte[] svg = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("dot did not finish in 60 s");
        }
        String messages = Files.readString(err);
        if (p.exitValue() != 0 || !messages.isBlank()) {
            throw new AssertionError("dot -Tsvg exited " + p.exitValue() + ": " + messages);
        }
        return new String(svg, StandardCharsets.UTF_8);
    }
}
