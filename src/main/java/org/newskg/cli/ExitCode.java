package org.newskg.cli;

/** newskg's exit codes, the same for every command. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** Finished, but some articles failed (each named on stderr); the rest were loaded. */
    public static final int SOME_FAILED = 1;
    /** Bad usage or bad input: unknown option, unreadable query, unknown format. */
    public static final int USAGE = 2;
    /** The environment failed: store locked or unwritable, endpoint unreachable, disk full. */
    public static final int ENVIRONMENT = 3;
    /** A bug in newskg: please report it with the output of {@code -x}. */
    public static final int BUG = 4;

    static final String TABLE = """
            Exit codes:
              0  everything worked
              1  some articles failed (each named on stderr); the rest were loaded
              2  bad usage or bad input (unknown option or format, unreadable query)
              3  environment: store locked or not writable, endpoint unreachable, disk full
              4  a bug in newskg (run again with -x for the stack trace, and report it)""";

    private ExitCode() {
    }
}
