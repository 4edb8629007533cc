package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken inputs: each is read correctly, read in part, or refused with a one-line
 * error that names it; none crashes, hangs or stops the batch. Prints a report line per input.
 */
class HostileInputTest {

    @Test
    void everyHostileInputEndsAsExpected(@TempDir Path dir) throws Exception {
        List<String> report = check(new HostileInputs(dir).small().cases, 10_000);
        report.forEach(System.out::println);
    }

    /** Runs each case through the collector and checks how it ended; returns one report line per case. */
    static List<String> check(List<HostileInputs.Case> cases, long maxMillis) {
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (HostileInputs.Case c : cases) {
            long t0 = System.nanoTime();
            TestInputs in = new TestInputs().read(c.file().toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            List<String> errors = in.errors();
            long articles = in.articleCount;
            String outcome = articles > 0 && errors.isEmpty() ? "READ" : articles > 0 ? "PARTIAL" : "REFUSED";
            String first = errors.isEmpty() ? "" : errors.get(0);
            report.add(String.format("%-22s %-8s %6d ms  %d articles, %d errors, %d warnings  %s", c.name(), outcome, ms, articles,
                    errors.size(), in.warnings.size(), first.length() > 160 ? first.substring(0, 160) + "…" : first));
            String why = verdict(c, in, outcome, ms, maxMillis);
            if (why != null) {
                failures.add(c.name() + ": " + why + " (errors: " + errors + ")");
            }
        }
        assertEquals(List.of(), failures, String.join("\n", report));
        return report;
    }

    private static String verdict(HostileInputs.Case c, TestInputs in, String outcome, long ms, long maxMillis) {
        if (!outcome.equals(c.expect().name())) {
            return "expected " + c.expect() + " but was " + outcome;
        }
        if (ms > maxMillis) {
            return "took " + ms + " ms";
        }
        for (String e : in.errors()) {
            if (!e.startsWith(c.file().toString()) || e.contains("\n") || e.length() > 600) {
                return "error does not name the input in one short line: " + e;
            }
        }
        for (String w : in.warnings) {
            if (!w.startsWith(c.file().toString()) || w.contains("\n")) {
                return "warning does not name the input in one line: " + w;
            }
        }
        boolean found = c.expect() == HostileInputs.Expect.READ
                ? in.articles().stream().anyMatch(a -> a.text().contains(c.phrase()))
                : in.errors().stream().anyMatch(e -> e.contains(c.phrase()));
        if (!found) {
            return "phrase '" + c.phrase() + "' not found";
        }
        for (Article a : in.articles()) {
            String all = a.title() + a.text() + String.join("", a.authors());
            if (all.chars().anyMatch(ch -> (ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x202E || ch == 0x200B)) {
                return "control, bidi or zero-width character kept in " + a.inputName();
            }
            assertTrue(a.source() != null && !a.source().isBlank());
        }
        return null;
    }
}
