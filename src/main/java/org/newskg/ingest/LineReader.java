package org.newskg.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an input line by line with a cap on the length of a line, so that memory stays bounded
 * whatever the input: a line past the cap is skipped to its end and reported, not buffered. Lines
 * end at LF, CRLF or CR. Each line is decoded on its own (UTF-8, else Windows-1252), unless the
 * input starts with a UTF-16 BOM, in which case the whole input is UTF-16.
 */
final class LineReader implements AutoCloseable {
    /** One line: its text (null when it was too long) and its 1-based number. */
    record Line(String text, int number, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final BufferedInputStream in;
    private final Reader chars;
    private final int cap;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private int number;
    private boolean pendingCr;

    LineReader(InputStream raw, int cap) throws IOException {
        this.in = new BufferedInputStream(raw, 64 * 1024);
        this.cap = cap;
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            in.skip(2);
            chars = new InputStreamReader(in, b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else {
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                in.skip(3);
            }
            chars = null;
        }
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        return chars != null ? nextChars() : nextBytes();
    }

    private Line nextBytes() throws IOException {
        buf.reset();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? line(length) : null;
                }
            }
            if (pendingCr && chunk[pos] == '\n') {
                pos++;
                pendingCr = false;
                continue;
            }
            pendingCr = false;
            any = true;
            int start = pos;
            while (pos < limit && chunk[pos] != '\n' && chunk[pos] != '\r') {
                pos++;
            }
            int n = pos - start;
            if (length + n <= cap) {
                buf.write(chunk, start, n);
            }
            length += n;
            if (pos < limit) {
                pendingCr = chunk[pos] == '\r';
                pos++;
                return line(length);
            }
        }
    }

    private Line line(long length) {
        number++;
        if (length > cap) {
            return new Line(null, number, length);
        }
        return new Line(decode(buf.toByteArray()), number, length);
    }

    private Line nextChars() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        int c;
        boolean any = false;
        while ((c = chars.read()) >= 0) {
            any = true;
            if (c == '\n' && pendingCr) {
                pendingCr = false;
                continue;
            }
            pendingCr = false;
            if (c == '\n' || c == '\r') {
                pendingCr = c == '\r';
                number++;
                return new Line(length > cap / 2 ? null : sb.toString(), number, length);
            }
            length++;
            if (length <= cap / 2) {
                sb.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        number++;
        return new Line(length > cap / 2 ? null : sb.toString(), number, length);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, CP1252);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
