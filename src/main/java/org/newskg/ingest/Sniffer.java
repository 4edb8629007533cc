package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Guesses what an input is from its first bytes and its Content-Type, for inputs whose name does not say. */
final class Sniffer {
    /** What an input looks like. */
    enum Kind { HTML, FEED, JSON_ARRAY, JSONL, TEXT, BINARY }

    private Sniffer() {
    }

    static Kind sniff(byte[] head, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return Kind.HTML;
        }
        if (type.contains("rss") || type.contains("atom")) {
            return Kind.FEED;
        }
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) {
            return Kind.JSONL;
        }
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/") || type.contains("pdf")
                || type.contains("zip") || type.contains("octet-stream")) {
            return Kind.BINARY;
        }
        if (looksLikeHtml(head)) {
            return Kind.HTML;
        }
        if (looksLikeXml(head)) {
            return Kind.FEED;
        }
        String s = start(head);
        if (s.startsWith("[")) {
            return Kind.JSON_ARRAY;
        }
        if (s.startsWith("{")) {
            return Kind.JSONL;
        }
        return TextDecoder.looksBinary(head) && !hasUtf16Bom(head) ? Kind.BINARY : Kind.TEXT;
    }

    static boolean looksLikeHtml(byte[] b) {
        String s = start(b).toLowerCase(Locale.ROOT);
        if (s.startsWith("<?xml")) {
            s = s.substring(Math.max(0, s.indexOf("?>") + 2)).stripLeading();
        }
        while (s.startsWith("<!--")) {
            int end = s.indexOf("-->");
            if (end < 0) {
                break;
            }
            s = s.substring(end + 3).stripLeading();
        }
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<body")
                || s.startsWith("<meta") || s.startsWith("<title");
    }

    static boolean looksLikeXml(byte[] b) {
        return start(b).startsWith("<");
    }

    static boolean isHtmlType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    /** The first KiB as text, BOM and leading white space removed (UTF-16 with a BOM is decoded). */
    private static String start(byte[] b) {
        int n = Math.min(b.length, 1024);
        String s;
        if (hasUtf16Bom(b)) {
            s = new String(b, 0, n, (b[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else {
            s = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        }
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF' || s.charAt(i) == '\u00EF'
                || s.charAt(i) == '\u00BB' || s.charAt(i) == '\u00BF' || s.charAt(i) == '\uFFFE')) {
            i++;
        }
        return s.substring(i);
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }

    /** 16 hex digits of SHA-256: a stable, IRI-safe key for an item without a url. */
    static String shortHash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
