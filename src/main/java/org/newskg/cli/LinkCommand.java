package org.newskg.cli;

import org.newskg.link.online.WikidataApi;
import org.newskg.link.online.WikidataLinker;
import org.newskg.link.online.WikidataLinker.Result;
import org.newskg.rdf.LinksGraph;
import org.newskg.store.Store;
import org.newskg.store.StoredEntities;
import org.newskg.store.StoredEntities.StoredEntity;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link stored entities that have no Wikidata link, by asking Wikidata's public API "
                + "(--online). Offline linking with the gazetteer already happens during ingest.",
                "Links go into the named graph " + LinksGraph.IRI + " (the union default graph sees them; "
                        + "re-ingesting an article keeps them); each entity keeps its IRI and gains owl:sameAs. "
                        + "stdout: one line per link (entity IRI, QID, Wikidata label, score), tab-separated."})
final class LinkCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--online", description = "Look entities up on Wikidata (the only kind of linking this command does).")
    boolean online;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = WikidataApi.DEFAULT_ENDPOINT,
            description = "The Wikidata API url (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where answers are kept, so that nothing is asked twice (default: $XDG_CACHE_HOME/newskg/wikidata "
                    + "or ~/.cache/newskg/wikidata).")
    Path cache;

    @Option(names = "--rate", paramLabel = "N/s", defaultValue = "1",
            description = "At most N requests a second (default: ${DEFAULT-VALUE}; cached answers are free).")
    String rate;

    @Option(names = "--limit", paramLabel = "N", description = "Look up at most N entities, most mentioned first (default: all).")
    int limit;

    @Option(names = "--dry-run", description = "Look up and print the links, but write nothing to the store.")
    boolean dryRun;

    @Option(names = "--contact", paramLabel = "EMAIL|URL",
            description = "How Wikidata's operators can reach you, sent in the User-Agent (default: $NEWSKG_CONTACT).")
    String contact;

    private static final int FLUSH_EVERY = 25;

    @Override
    public Integer call() throws Exception {
        if (!online) {
            System.err.println("newskg link: only online linking is a separate step: give --online to look entities up on "
                    + "Wikidata. Offline linking with the gazetteer happens during ingest (newskg ingest --gazetteer FILE).");
            return ExitCode.USAGE;
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
        }
        String who = contact != null ? contact : System.getenv("NEWSKG_CONTACT");
        WikidataApi.Config config = WikidataApi.Config.defaults(endpointUri(), cache != null ? cache : WikidataApi.defaultCacheDir(System.getenv()))
                .withRate(perSecond(rate)).withContact(who);
        if ((who == null || who.isBlank()) && config.endpoint().toString().equals(WikidataApi.DEFAULT_ENDPOINT)) {
            System.err.println("newskg link: warning: no contact for the User-Agent; Wikimedia asks for one: give --contact EMAIL");
        }
        WikidataApi api = new WikidataApi(config, w -> System.err.println("newskg link: warning: " + w));
        WikidataLinker linker = new WikidataLinker(api);
        Map<WikidataLinker.Outcome, Integer> counts = new EnumMap<>(WikidataLinker.Outcome.class);
        long t0 = System.nanoTime();
        long lastReport = t0;
        try (Store st = Stores.open(store.location(), false)) {
            var entities = StoredEntities.unlinked(st, limit);
            if (entities.isEmpty()) {
                System.err.println("newskg link: every stored entity already has a Wikidata link; nothing to look up");
                return ExitCode.OK;
            }
            System.err.println("newskg link: looking up " + entities.size() + " entities without a Wikidata link on "
                    + config.endpoint().getHost() + " (at most " + rate + " requests/s; cache " + config.cacheDir() + ")");
            LinksGraph pending = new LinksGraph();
            int pendingLinks = 0;
            int written = 0;
            int done = 0;
            for (StoredEntity e : entities) {
                Result r = linker.link(new WikidataLinker.Target(e.iri(), e.type(), e.label(), e.altLabels()));
                counts.merge(r.outcome(), 1, Integer::sum);
                done++;
                switch (r.outcome()) {
                    case LINKED -> {
                        WikidataLinker.Found f = r.found();
                        System.out.println(e.iri() + "\t" + f.qid() + "\t" + tsv(f.label()) + "\t" + f.score());
                        String alt = f.label().equals(e.label()) || e.altLabels().contains(f.label()) ? null : f.label();
                        pending.add(e.iri(), f.qid(), f.method(), f.score(), alt, f.enwikiTitle());
                        if (++pendingLinks >= FLUSH_EVERY) {
                            written += flush(st, pending, pendingLinks);
                            pending = new LinksGraph();
                            pendingLinks = 0;
                        }
                    }
                    case FAILED -> {
                        System.err.println("newskg link: " + e.label() + " <" + e.iri() + ">: " + r.reason());
                        if (counts.size() == 1 && done >= 3) {
                            System.err.println("newskg link: the first " + done + " look-ups failed; giving up (is "
                                    + config.endpoint().getHost() + " reachable?)");
                            return ExitCode.ENVIRONMENT;
                        }
                    }
                    default -> {
                        if (Main.verbose) {
                            System.err.println("newskg link: not linked: " + e.label() + ": " + r.reason());
                        }
                    }
                }
                long now = System.nanoTime();
                if (now - lastReport > 10_000_000_000L) {
                    lastReport = now;
                    System.err.printf("newskg link: %d of %d looked up, %d linked%n", done, entities.size(),
                            counts.getOrDefault(WikidataLinker.Outcome.LINKED, 0));
                }
            }
            if (pendingLinks > 0) {
                written += flush(st, pending, pendingLinks);
            }
            System.out.flush();
            int failed = counts.getOrDefault(WikidataLinker.Outcome.FAILED, 0);
            System.err.printf(Locale.ROOT, "newskg link: %d looked up: %d linked%s, %d ambiguous, %d of another type, %d not found, "
                            + "%d failed; %d requests, %d answers from the cache, %.1f s%n",
                    done, counts.getOrDefault(WikidataLinker.Outcome.LINKED, 0),
                    dryRun ? " (dry run: nothing written)" : " (" + written + " written to " + LinksGraph.IRI + ")",
                    counts.getOrDefault(WikidataLinker.Outcome.AMBIGUOUS, 0),
                    counts.getOrDefault(WikidataLinker.Outcome.TYPE_MISMATCH, 0),
                    counts.getOrDefault(WikidataLinker.Outcome.NO_MATCH, 0), failed,
                    api.requests(), api.cacheHits(), (System.nanoTime() - t0) / 1e9);
            if (failed == 0) {
                return ExitCode.OK;
            }
            return failed == done ? ExitCode.ENVIRONMENT : ExitCode.SOME_FAILED;
        }
    }

    private int flush(Store st, LinksGraph links, int n) {
        if (dryRun) {
            return 0;
        }
        st.add(LinksGraph.IRI, links.graph());
        return n;
    }

    private URI endpointUri() {
        try {
            return new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint is not a url: " + endpoint);
        }
    }

    /** "2", "2/s" or "0.5/s". */
    static double perSecond(String rate) {
        String r = rate.strip();
        if (r.endsWith("/s")) {
            r = r.substring(0, r.length() - 2).strip();
        }
        try {
            double d = Double.parseDouble(r);
            if (d > 0 && d <= 1000) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--rate must be a number of requests a second above 0 and at most 1000 (such as 1 or 0.5/s), not '" + rate + "'");
    }

    private static String tsv(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
