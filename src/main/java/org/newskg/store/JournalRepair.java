package org.newskg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Adler32;

/**
 * Cuts a torn last entry off a TDB2 transaction journal. TDB2 writes an entry's header and its
 * data with two writes, so a process killed between them leaves a header whose data is missing,
 * and TDB2 then refuses to open the store ("Failed to read the journal entry data"). The entries
 * of a transaction count only once its commit entry is written and synced, so a torn entry belongs
 * to a transaction that never committed: cutting it off is what TDB2 itself does when a write
 * fails (Journal.abortWrite), and the store opens with every committed transaction.
 * <p>
 * An entry is a 28-byte header (data length, Adler-32 checksum of header and data with the
 * checksum field zero, entry type, 16-byte component id) and then its data.
 */
final class JournalRepair {
    private static final int HEADER = 4 + 4 + 4 + 16;
    private static final String JOURNAL = "journal.jrnl";

    private JournalRepair() {
    }

    /** Whether the live generation's journal holds anything (TDB2 empties it after each commit). */
    static boolean hasJournalEntries(Path storeDir) throws IOException {
        Optional<Path> journal = journal(storeDir);
        return journal.isPresent() && Files.size(journal.get()) > 0;
    }

    /** Bytes cut from the journal of the store's live generation (0 if it was whole or absent). */
    static long cutTornTail(Path storeDir) throws IOException {
        Optional<Path> journal = journal(storeDir);
        if (journal.isEmpty()) {
            return 0;
        }
        try (FileChannel ch = FileChannel.open(journal.get(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long whole = wholeEntries(ch, size);
            if (whole < size) {
                ch.truncate(whole);
                ch.force(true);
            }
            return size - whole;
        }
    }

    /** The length of the journal's prefix made of complete entries whose checksums hold. */
    static long wholeEntries(FileChannel ch, long size) throws IOException {
        long pos = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (pos + HEADER <= size) {
            header.clear();
            ch.read(header, pos);
            int len = Math.max(0, header.getInt(0));
            int checksum = header.getInt(4);
            if (pos + HEADER + len > size) {
                break;
            }
            ByteBuffer data = ByteBuffer.allocate(len);
            ch.read(data, pos + HEADER);
            Adler32 adler = new Adler32();
            byte[] h = header.array().clone();
            java.util.Arrays.fill(h, 4, 8, (byte) 0);
            adler.update(h);
            adler.update(data.array());
            if ((int) adler.getValue() != checksum) {
                break;
            }
            pos += HEADER + len;
        }
        return pos;
    }

    /** The journal file of the live generation, if there is one. */
    private static Optional<Path> journal(Path storeDir) throws IOException {
        return liveGeneration(storeDir).map(d -> d.resolve(JOURNAL)).filter(Files::isRegularFile);
    }

    /** TDB2 keeps each compacted generation in Data-NNNN; the highest number is live. */
    private static Optional<Path> liveGeneration(Path storeDir) throws IOException {
        if (!Files.isDirectory(storeDir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(storeDir)) {
            return s.filter(p -> p.getFileName().toString().matches("Data-[0-9]+") && Files.isDirectory(p))
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(5))));
        }
    }
}
