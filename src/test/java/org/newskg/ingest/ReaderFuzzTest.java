package org.newskg.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the readers (Jazzer). Plain {@code mvn test} replays the corpus in
 * src/test/resources/org/newskg/ingest/ReaderFuzzTestInputs/METHOD/ as regression tests;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='ReaderFuzzTest#html'} fuzzes one target. Every input must
 * end in articles or one-line errors naming the input; nothing may throw, and no article may carry
 * control, bidi or zero-width characters or an unusable source IRI.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "150s")
    void plainText(byte[] data) {
        check("fuzz.txt", data, new PlainTextReader());
    }

    @FuzzTest(maxDuration = "150s")
    void jsonl(byte[] data) {
        check("fuzz.jsonl", data, new JsonArticleReader(true));
    }

    @FuzzTest(maxDuration = "150s")
    void json(byte[] data) {
        check("fuzz.json", data, new JsonArticleReader(false));
    }

    @FuzzTest(maxDuration = "150s")
    void html(byte[] data) {
        check("fuzz.html", data, new HtmlArticleReader());
    }

    @FuzzTest(maxDuration = "150s")
    void feed(byte[] data) {
        check("fuzz.xml", data, new FeedArticleReader());
    }

    static void check(String name, byte[] data, ArticleReader reader) {
        List<ReadResult> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        reader.read(new InputSource(name, "file:///fuzz/" + name, null, data.length, () -> new ByteArrayInputStream(data), warnings::add),
                out::add);
        if (out.isEmpty()) {
            throw new AssertionError("no result at all for " + data.length + " bytes");
        }
        for (ReadResult r : out) {
            if (!r.ok()) {
                String m = r.error().getMessage();
                if (!m.startsWith(name) || m.contains("\n") || m.length() > 1000) {
                    throw new AssertionError("bad error message: " + m);
                }
                continue;
            }
            Article a = r.article();
            for (String s : List.of(a.title(), a.text(), String.join("|", a.authors()))) {
                if (s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x202A && c <= 0x202E) || c == 0x200B
                        || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)) {
                    throw new AssertionError("control, bidi or zero-width character kept: " + s);
                }
                for (int i = 0; i < s.length(); i++) {
                    if (Character.isSurrogate(s.charAt(i)) && !(Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(++i)))) {
                        throw new AssertionError("lone surrogate kept");
                    }
                }
            }
            if (a.text().isBlank() || a.text().length() > 200_000) {
                throw new AssertionError("blank or oversized article accepted");
            }
            if (a.published() != null && DateParser.dateOf(a.published()) == null) {
                throw new AssertionError("unreadable date kept: " + a.published());
            }
            HostileIriTest.assertValid(a.source());
        }
        for (String w : warnings) {
            if (!w.startsWith(name) || w.contains("\n")) {
                throw new AssertionError("bad warning: " + w);
            }
        }
    }
}
