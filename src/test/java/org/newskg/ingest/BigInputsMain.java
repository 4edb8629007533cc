package org.newskg.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link BigInputsIT}: writes the big hostile inputs to the
 * folder given and reads each of them; exits 0 when every one ended as expected.
 */
public final class BigInputsMain {
    private BigInputsMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        try {
            HostileInputTest.check(new HostileInputs(dir).big().cases, 60_000).forEach(System.out::println);
            System.out.println("ALL AS EXPECTED");
            System.exit(0);
        } catch (AssertionError e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }
}
