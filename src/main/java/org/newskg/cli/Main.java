package org.newskg.cli;

import org.newskg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newskg} command: one subcommand per verb. Logs and errors go to stderr, data to stdout. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a knowledge graph: entities linked to Wikidata, CAMEO events, "
                + "quotes and facts, each traceable to its sentence, in an embedded Apache Jena TDB2 store.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class, ExplainCommand.class, BenchCommand.class, LinkCommand.class, CommandLine.HelpCommand.class},
        footer = {"", ExitCode.TABLE})
public final class Main {
    @Option(names = {"-x", "--stacktrace"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    static boolean stackTraces;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT, description = "More log output on stderr.")
    static boolean verbose;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (stackTraces) {
                ex.printStackTrace();
            }
            String name = "newskg " + cmd.getCommandName();
            if (ex instanceof StoreException) {
                System.err.println(name + ": " + ex.getMessage());
                return ExitCode.ENVIRONMENT;
            }
            if (ex instanceof org.apache.jena.query.QueryCancelledException) {
                System.err.println(name + ": the query ran past its time limit and was stopped (raise it with --timeout SECONDS)");
                return ExitCode.USAGE;
            }
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException) {
                System.err.println(name + ": " + ex.getMessage());
                return ExitCode.USAGE;
            }
            System.err.println(name + ": internal error: " + ex + (stackTraces ? "" : " (run with -x for details)"));
            return ExitCode.BUG;
        });
        cl.setExitCodeExceptionMapper(ex -> ExitCode.USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().footer("", ExitCode.TABLE);
        }
        return cl;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"newskg " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version") + ", Apache Jena 5, Stanford CoreNLP 4.5",
                    "Licence: GPL-3.0-or-later"};
        }
    }
}
