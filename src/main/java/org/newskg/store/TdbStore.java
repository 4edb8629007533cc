package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newskg.rdf.ArticleGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The embedded Apache Jena TDB2 store: one named graph per article, written in serializable
 * transactions so that a killed ingest leaves every committed article and none half written.
 */
public final class TdbStore implements Store {
    private final Path dir;
    private final DatasetGraph dsg;
    /** Bytes on disk when writing began or after the last compaction; -1 before the first write. */
    private long baseBytes = -1;
    private boolean autoCompact = true;

    private TdbStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) a store directory. */
    public static TdbStore open(Path dir, boolean create) {
        if (!create && !Files.isDirectory(dir)) {
            throw new StoreException("store " + dir + " does not exist (ingest some articles first, or give --store)");
        }
        try {
            if (create) {
                Files.createDirectories(dir);
            }
            if (!Files.isWritable(dir)) {
                throw new StoreException("store " + dir + " is not writable (permission denied)");
            }
            DatasetGraph dsg = connect(dir);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbStore(dir, dsg);
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Lock")) {
                throw new StoreException(lockMessage(dir, msg), e);
            }
            throw new StoreException("cannot open store " + dir + ": " + msg, e);
        }
    }

    /**
     * Connects, first cutting off a journal entry torn by a killed write (TDB2 would refuse to open
     * the store). Only with the store's lock in hand: a journal another process is writing is
     * never touched.
     */
    private static DatasetGraph connect(Path dir) throws java.io.IOException {
        if (JournalRepair.hasJournalEntries(dir)) {
            ProcessFileLock lock = ProcessFileLock.create(dir.resolve("tdb.lock").toString());
            if (!lock.isLockedHere() && lock.tryLock()) {
                try {
                    long cut = JournalRepair.cutTornTail(dir);
                    if (cut > 0) {
                        System.err.println("newskg: store " + dir + ": cut " + cut + " bytes of an unfinished transaction off "
                                + "its journal (a write killed midway); every committed article is kept");
                    }
                } finally {
                    lock.unlock();
                    ProcessFileLock.release(lock);
                }
            }
        }
        return DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    /**
     * TDB2 holds an OS file lock on {@code tdb.lock} and writes its PID there. The OS drops the
     * lock when a process dies (even by kill -9), and Jena 5 then takes the file over with no
     * manual step, so a lock that still refuses is held by a live process.
     */
    static String lockMessage(Path dir, String jenaMessage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(jenaMessage);
        String who = m.find() ? "process " + m.group(1) : "another process";
        return "store " + dir + " is in use by " + who + " (another newskg command or a Fuseki server on the same directory). "
                + "Wait for it to finish or stop it, then run this again. A lock left by a crashed or killed process is "
                + "released by the operating system and taken over automatically: do not delete tdb.lock while "
                + "that process is running.";
    }

    @Override
    public void replace(List<ArticleGraph> graphs) {
        if (baseBytes < 0) {
            baseBytes = sizeBytes();
        }
        Txn.executeWrite(dsg, () -> {
            for (ArticleGraph ag : graphs) {
                Node gn = NodeFactory.createURI(ag.iri());
                dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
                ag.graph().find().forEachRemaining(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    @Override
    public void add(String graphIri, org.apache.jena.graph.Graph g) {
        Node gn = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> g.find().forEachRemaining(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> fn) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return fn.apply(qe);
            }
        });
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dsg, () -> reader.apply(dsg));
    }

    /**
     * Compacts the store: TDB2 writes copy-on-write, so every commit leaves old index blocks behind
     * and a store written in many transactions grows several times larger than its data. Copies
     * the live data to a new generation and deletes the old one.
     */
    public void compact() {
        try {
            DatabaseMgr.compact(dsg, true);
        } catch (RuntimeException e) {
            throw new StoreException("cannot compact store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@link #tidy} may compact (ingest --no-compact turns it off). */
    public void autoCompact(boolean on) {
        this.autoCompact = on;
    }

    @Override
    public Compaction tidy(boolean runEnded) {
        return tidy(runEnded, Compaction.SLACK);
    }

    /** {@link #tidy(boolean)} with another slack (tests use a small one). */
    Compaction tidy(boolean runEnded, long slack) {
        if (!autoCompact || baseBytes < 0) {
            return null;
        }
        long now = sizeBytes();
        if (!(runEnded ? Compaction.dueAfterRun(baseBytes, now, slack) : Compaction.dueDuringRun(baseBytes, now, slack))) {
            return null;
        }
        long t0 = System.nanoTime();
        compact();
        baseBytes = sizeBytes();
        return new Compaction(now, baseBytes, (System.nanoTime() - t0) / 1e9);
    }

    /** Bytes the store's files take on disk. */
    public long sizeBytes() {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** The transactional dataset itself, for a server (Fuseki) that runs its own transactions over it. */
    public DatasetGraph dataset() {
        return dsg;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        // Releases the directory (and its lock) so another process can open it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
