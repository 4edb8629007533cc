package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory stays bounded on big inputs: a 200 MB file of each kind, a 50 MB JSON line, a 1 GB line
 * and a gzip bomb expanding to 10 GB are read by a JVM whose heap is 256 MiB.
 */
class BigInputsIT {
    static final String HEAP = "-Xmx256m";

    @Test
    void bigInputsInASmallHeap(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), BigInputsMain.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        System.out.println("child JVM " + HEAP + ":\n" + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("ALL AS EXPECTED"), out);
        assertTrue(!out.contains("OutOfMemoryError"), out);
    }
}
