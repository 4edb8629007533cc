package org.newskg.rdf;

import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mints the IRIs newskg writes. Entities: from the Wikidata id when linked, otherwise from type
 * and normalised name, so the same name gives the same node in every article. Articles: from a
 * hash of the url (or text). Text never enters an IRI unescaped: names are reduced to letters and
 * digits, then percent-encoded.
 */
public final class IriMinter {
    public static final String BASE = "https://w3id.org/newskg/";

    private IriMinter() {
    }

    public static String article(String identityKey) {
        return BASE + "article/" + hash(identityKey).substring(0, 20);
    }

    public static String entity(Entity e) {
        if (e.link() != null && e.link().qid() != null && e.link().qid().matches("Q[1-9]\\d{0,11}")) {
            return BASE + "entity/" + e.link().qid();
        }
        return BASE + "entity/" + e.type().name().toLowerCase(Locale.ROOT) + "/" + slug(e.label());
    }

    /**
     * The IRI of an entity, as {@link #entity(Entity)}, except that a linked entity whose node is
     * already in the store under another IRI (stored unlinked earlier, maybe linked online since)
     * keeps that IRI, as {@code known} says: an entity linked later keeps its IRI.
     */
    public static String entity(Entity e, KnownIris known) {
        String qid = qid(e);
        if (qid != null && known != null && known != KnownIris.NONE) {
            String existing = known.existing(qid, nameIris(e));
            if (existing != null) {
                return existing;
            }
        }
        return entity(e);
    }

    /**
     * The name-based IRIs an entity could have been stored under: its label first, then its other
     * names, leaving out short forms that are part of a longer name ("Patel" beside "Vedant Patel"),
     * which may name someone else. At most eight, distinct.
     */
    public static List<String> nameIris(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.label());
        e.names().stream().filter(n -> !n.equals(e.label())).forEach(names::add);
        List<String> keys = names.stream().map(Names::key).toList();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < names.size() && out.size() < 8; i++) {
            String k = keys.get(i);
            if (k.isEmpty() || keys.stream().anyMatch(o -> !o.equals(k) && isPartOf(k, o))) {
                continue;
            }
            out.add(entity(e.type(), names.get(i)));
        }
        return List.copyOf(out);
    }

    private static boolean isPartOf(String shortKey, String fullKey) {
        return fullKey.startsWith(shortKey + " ") || fullKey.endsWith(" " + shortKey) || fullKey.contains(" " + shortKey + " ");
    }

    static String qid(Entity e) {
        return e.link() != null && e.link().qid() != null && e.link().qid().matches("Q[1-9]\\d{0,11}") ? e.link().qid() : null;
    }

    /** The IRI an unlinked entity of this type and name gets. */
    public static String entity(EntityType type, String name) {
        return BASE + "entity/" + type.name().toLowerCase(Locale.ROOT) + "/" + slug(name);
    }

    /** Letters and digits of the normalised name, joined by '-', percent-encoded beyond ASCII. */
    public static String slug(String name) {
        String key = Names.key(name).replace(' ', '-');
        if (key.isEmpty()) {
            return "h" + hash(name).substring(0, 12);
        }
        if (key.codePointCount(0, key.length()) > 80) {
            // cut on a code point, never inside a surrogate pair; the hash keeps long names apart
            key = key.substring(0, key.offsetByCodePoints(0, 60)) + "-" + hash(key).substring(0, 12);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-')) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    static String hash(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
