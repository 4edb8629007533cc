package org.newskg.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the charset of a web page or XML document, in a fixed order so that the same bytes
 * always give the same text: BOM, then the declared charset (HTTP header, then {@code <meta charset>}
 * or the XML declaration), then juniversalchardet's guess, then UTF-8. A declaration is trusted
 * only when the bytes agree with it: a page declared UTF-8 that is not valid UTF-8 goes to the
 * detector, and a page declared Latin-1/Windows-1252 whose bytes are valid multi-byte UTF-8 is read
 * as UTF-8 (that mislabel is common; the reverse coincidence is practically impossible).
 */
public final class CharsetSniffer {
    /** How much of the start is searched for a declaration and fed to the detector. */
    private static final int PRESCAN = 4096;
    private static final int DETECT = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The decoded text and how its charset was chosen (for messages and tests). */
    public record Decoded(String text, Charset charset, String how) {
    }

    private CharsetSniffer() {
    }

    public static Decoded decode(byte[] bytes, String contentType) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new Decoded(new String(bytes, bom.length, bytes.length - bom.length, bom.charset), bom.charset, "BOM");
        }
        Charset declared = fromLabel(contentType == null ? null : group(HEADER_CHARSET, contentType));
        String how = "HTTP header";
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
            String label = group(XML_DECL, head);
            if (label == null) {
                label = group(META_CHARSET, head);
            }
            declared = fromLabel(label);
            how = "declared in the document";
        }
        if (declared != null) {
            String text = decodeIfAgreeing(bytes, declared);
            if (text != null) {
                return new Decoded(text, declared, how);
            }
        }
        String strict = strict(bytes, StandardCharsets.UTF_8);
        if (strict != null && isAscii(bytes)) {
            return new Decoded(strict, StandardCharsets.UTF_8, "ASCII");
        }
        Charset guessed = detect(bytes);
        if (guessed != null) {
            String text = strict(bytes, guessed);
            if (text != null) {
                return new Decoded(text, guessed, "detected");
            }
        }
        if (strict != null) {
            return new Decoded(strict, StandardCharsets.UTF_8, "default");
        }
        return new Decoded(new String(bytes, CP1252), CP1252, "fallback (not valid UTF-8)");
    }

    /** The text when the bytes agree with the declared charset, else null. */
    private static String decodeIfAgreeing(byte[] bytes, Charset declared) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            return strict(bytes, StandardCharsets.UTF_8);
        }
        if (isSingleByteLatin(declared) && !isAscii(bytes)) {
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return utf8;
            }
        }
        return lenient(bytes, declared);
    }

    /** Maps a charset label as browsers do (WHATWG): Latin-1 and ASCII mean Windows-1252; UTF-16 in an ASCII-readable declaration means UTF-8. */
    static Charset fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii") || l.equals("l1")) {
            return CP1252;
        }
        if (l.startsWith("utf-16") || l.startsWith("utf16") || l.startsWith("utf-32")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector(null);
        d.handleData(bytes, 0, Math.min(bytes.length, DETECT));
        d.dataEnd();
        return fromLabel(d.getDetectedCharset());
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("windows-1252") || n.startsWith("iso-8859-");
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Strict decoding; for UTF-8 an incomplete sequence at the very end (an input cut at a size cap) is dropped. */
    private static String strict(byte[] bytes, Charset cs) {
        int len = cs.equals(StandardCharsets.UTF_8) ? bytes.length - incompleteUtf8Tail(bytes) : bytes.length;
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** How many bytes at the end start a UTF-8 sequence that the input does not finish. */
    static int incompleteUtf8Tail(byte[] b) {
        for (int back = 1; back <= Math.min(3, b.length); back++) {
            int c = b[b.length - back] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for the lead
            }
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    private static String lenient(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** A byte-order mark: it decides the charset before anything else. */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
