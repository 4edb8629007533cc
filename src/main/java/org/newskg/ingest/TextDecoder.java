package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns an input's bytes into clean text: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8,
 * then Windows-1252 (the usual mislabelled encoding of web text). Binary data is refused rather
 * than decoded into noise. Control characters other than newline and tab are dropped, bidi
 * overrides and zero-width characters removed, and the result is NFC-normalised so that the
 * same name always gives the same key.
 */
public final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(String inputName, byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            if (looksBinary(bytes)) {
                throw new IngestException(inputName, "binary data, not text (NUL or control bytes)");
            }
            text = strictUtf8(bytes);
            if (text == null) {
                text = new String(bytes, CP1252);
            }
        }
        return clean(text);
    }

    /** Removes what must never reach the NLP or the store: NULs, controls, bidi and zero-width marks. */
    public static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
                    || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                // dropped
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    sb.append(c).append(text.charAt(++i));
                } else {
                    sb.append('\uFFFD');
                }
            } else {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes, or many C0 controls in the first 8 KiB, mean this is not text (UTF-16 without BOM is refused too). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                controls++;
            }
        }
        return n > 0 && controls * 20 > n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
