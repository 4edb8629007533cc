package org.newskg.crash;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.StoreException;
import org.newskg.store.TdbStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TDB2's tdb.lock after a crash. Jena 5.6 holds an OS file lock and writes its PID in the file:
 * a live holder refuses others ("held by process N"), while a file left by a dead process (kill -9)
 * is taken over on the next open, with no manual step. newskg's message says which case it is and
 * what to do.
 */
class StaleLockIT {

    @Test
    void aLiveHolderIsNamedAndADeadOnesLockIsTakenOver(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), "hold", store.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HOLDING", out.readLine());
            StoreException e = assertThrows(StoreException.class, () -> TdbStore.open(store, true));
            System.out.println("live lock: " + e.getMessage());
            assertTrue(e.getMessage().contains("in use by process " + holder.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("Wait for it to finish or stop it"), e.getMessage());
        } finally {
            holder.destroyForcibly(); // kill -9: the lock file stays behind with a dead PID
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        String pid = Files.readString(store.resolve("tdb.lock")).strip();
        assertEquals(Long.toString(holder.pid()), pid, "the stale lock file names the dead process");
        assertFalse(ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false));
        try (TdbStore st = TdbStore.open(store, false)) {
            Boolean answers = st.query(QueryFactory.create("ASK { }"), qe -> qe.execAsk());
            assertTrue(answers, "opens and answers after the crash");
        }
        Files.writeString(store.resolve("tdb.lock"), "999999999\n"); // a PID no process has
        try (TdbStore st = TdbStore.open(store, false)) {
            Boolean empty = st.read(dsg -> dsg.isEmpty());
            assertTrue(empty);
        }
    }
}
