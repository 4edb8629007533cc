package org.newskg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * An offline gazetteer: names and aliases of entities in world news mapped to Wikidata QIDs (and,
 * for places, GeoNames ids, coordinates, country and population).
 *
 * <p>Files are tab-separated with a header line naming the columns ({@code qid, kind, label,
 * aliases, country_qid, country_code, geonames_id, lat, lon, population, source}; see
 * {@code data/README.md}). Files are read in priority order: user files first, then the default
 * files in the order of {@code data/gazetteer/INDEX} (curated before generated). Rows for the same
 * entity (same QID, or same GeoNames id) are merged: the higher-priority row wins for every field it
 * fills, aliases are united, and a row's label becomes an alias when the winning label differs.
 *
 * <p>Lookups are on a normalised form of the name (see {@link #normalize(String)}) and return all
 * candidates; choosing among them is the linker's job. Instances are immutable and thread-safe.
 */
public final class Gazetteer {

    /** Classpath folder of the default gazetteer (holds {@code INDEX} and the files it lists). */
    public static final String RESOURCE_DIR = "data/gazetteer/";
    /** System property: a folder to read the default gazetteer from instead of the classpath. */
    public static final String DIR_PROPERTY = "newskg.gazetteer.dir";
    /** Name of the file listing the default gazetteer's files. */
    public static final String INDEX_FILE = "INDEX";

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static volatile Gazetteer defaultInstance;

    private final List<GazetteerEntry> entries;
    private final Map<String, Object> byName; // normalised name -> Node or Node[] (best first)
    private final Map<String, GazetteerEntry> byQid;
    private final Map<String, List<GazetteerEntry>> byDemonym;
    private final int nameCount;

    // ------------------------------------------------------------------------------------------
    // loading

    /**
     * The default gazetteer shipped with newskg, loaded once and shared. It is read from the folder
     * named by the system property {@value #DIR_PROPERTY} if set, else from the classpath resources
     * under {@value #RESOURCE_DIR}, else (when running from a source checkout) from
     * {@code data/gazetteer/} under the working directory.
     *
     * @throws IllegalStateException when no default gazetteer can be found
     */
    public static Gazetteer loadDefault() {
        Gazetteer g = defaultInstance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaultInstance;
                if (g == null) {
                    g = load(List.of(), true);
                    defaultInstance = g;
                }
            }
        }
        return g;
    }

    /**
     * A gazetteer made of user files (in the documented format, highest priority first), followed
     * by the default gazetteer when {@code withDefault} is true.
     *
     * @throws UncheckedIOException     when a file cannot be read
     * @throws IllegalArgumentException when a file is malformed (the message names file and line)
     */
    public static Gazetteer load(List<Path> userFiles, boolean withDefault) {
        List<Source> sources = new ArrayList<>();
        for (Path p : userFiles) {
            sources.add(new Source(p.toString(), () -> Files.newInputStream(p), "user"));
        }
        if (withDefault) {
            sources.addAll(defaultSources());
        }
        // Files are parsed in parallel (most of the work: splitting and normalising names) and
        // merged sequentially in priority order, so the result does not depend on timing.
        int threads = Math.min(sources.size(), Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Loader.Parsed> parsed = new ArrayList<>(sources.size());
        if (threads <= 1) {
            for (Source src : sources) {
                parsed.add(Loader.parse(src));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "gazetteer-load");
                t.setDaemon(true);
                return t;
            });
            try {
                List<CompletableFuture<Loader.Parsed>> parsing = new ArrayList<>(sources.size());
                for (Source src : sources) {
                    parsing.add(CompletableFuture.supplyAsync(() -> Loader.parse(src), pool));
                }
                for (CompletableFuture<Loader.Parsed> f : parsing) {
                    try {
                        parsed.add(f.join());
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof RuntimeException re) {
                            throw re;
                        }
                        if (e.getCause() instanceof Error err) {
                            throw err;
                        }
                        throw e;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Loader loader = new Loader();
        loader.merge(parsed);
        return new Gazetteer(loader);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private record Source(String name, Opener opener, String defaultSource) { }

    private static List<Source> defaultSources() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return dirSources(Paths.get(dir));
        }
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null || cl.getResource(RESOURCE_DIR + INDEX_FILE) == null) {
            cl = Gazetteer.class.getClassLoader();
        }
        URL index = cl == null ? null : cl.getResource(RESOURCE_DIR + INDEX_FILE);
        if (index != null) {
            ClassLoader loader = cl;
            List<Source> out = new ArrayList<>();
            for (String f : readIndex(() -> index.openStream(), index.toString())) {
                String res = RESOURCE_DIR + f;
                out.add(new Source(res, () -> {
                    InputStream in = loader.getResourceAsStream(res);
                    if (in == null) {
                        throw new IOException("gazetteer resource listed in INDEX is missing: " + res);
                    }
                    return in;
                }, null));
            }
            return out;
        }
        Path local = Paths.get("data", "gazetteer");
        if (Files.isRegularFile(local.resolve(INDEX_FILE))) {
            return dirSources(local);
        }
        throw new IllegalStateException("default gazetteer not found: no classpath resource "
                + RESOURCE_DIR + INDEX_FILE + ", no ./data/gazetteer/INDEX, and -D" + DIR_PROPERTY
                + " is not set");
    }

    private static List<Source> dirSources(Path dir) {
        Path index = dir.resolve(INDEX_FILE);
        List<Source> out = new ArrayList<>();
        for (String f : readIndex(() -> Files.newInputStream(index), index.toString())) {
            Path p = dir.resolve(f);
            out.add(new Source(p.toString(), () -> Files.newInputStream(p), null));
        }
        return out;
    }

    private static List<String> readIndex(Opener opener, String name) {
        List<String> files = new ArrayList<>();
        try (BufferedReader r = reader(opener.open())) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    files.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + name, e);
        }
        return files;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    // ------------------------------------------------------------------------------------------
    // queries

    /**
     * All entities having {@code name} as label or alias, compared after {@link #normalize}.
     * Candidates whose label matches come first, then by file priority (user, curated, generated),
     * then by population (largest first). Empty when none.
     */
    public List<GazetteerEntry> lookup(String name) {
        String key = normalize(name);
        Object o = byName.get(key);
        if (o == null) {
            return List.of();
        }
        if (o instanceof Node n) {
            return List.of(n.entry);
        }
        Node[] nodes = (Node[]) o;
        Node[] sorted = Arrays.copyOf(nodes, countNonNull(nodes));
        Arrays.sort(sorted, new CandidateOrder(key));
        GazetteerEntry[] out = new GazetteerEntry[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            out[i] = sorted[i].entry;
        }
        return List.of(out);
    }

    /** The entity with this Wikidata id ({@code "Q423"}; a full Wikidata IRI is accepted too). */
    public Optional<GazetteerEntry> byQid(String qid) {
        if (qid == null) {
            return Optional.empty();
        }
        int slash = qid.lastIndexOf('/');
        return Optional.ofNullable(byQid.get(slash >= 0 ? qid.substring(slash + 1) : qid.strip()));
    }

    /**
     * Countries whose demonym is {@code word} ("Russian" gives Russia, "Congolese" both Congos),
     * from the demonym files; empty when none.
     */
    public List<GazetteerEntry> lookupDemonym(String word) {
        return byDemonym.getOrDefault(normalize(word), List.of());
    }

    /** Number of entities. */
    public int size() {
        return entries.size();
    }

    /** Number of distinct normalised names (labels and aliases) that can be looked up. */
    public int nameCount() {
        return nameCount;
    }

    /** All entities, in priority order; immutable. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * The normal form used for lookups: Unicode NFKC; curly apostrophes, primes and backticks
     * folded to {@code '}; diacritics removed ("São" = "Sao"); case-folded; dots removed
     * ("U.S." = "US"); hyphens and dashes read as spaces ("Kim Jong-un" = "Kim Jong Un");
     * whitespace collapsed and trimmed; a leading "the " dropped ("The Hague" = "Hague").
     */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // Fast path: strings of ASCII and Latin-1/Latin Extended letters (nearly all names) are
        // folded character by character through a table computed with the full Unicode pipeline.
        boolean simple = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= FOLD_LIMIT) {
                simple = false;
                break;
            }
        }
        String t;
        if (simple) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80 && c != '`') {
                    sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                } else {
                    sb.append(FOLD[c]);
                }
            }
            t = sb.toString();
        } else {
            t = foldUnicode(s);
        }
        return tidy(t);
    }

    /** {@link #normalize} without the fast path; package-private for tests. */
    static String normalizeSlow(String s) {
        return s == null || s.isEmpty() ? "" : tidy(foldUnicode(s));
    }

    private static final char FOLD_LIMIT = '\u0250';
    private static final String[] FOLD = new String[FOLD_LIMIT];

    static {
        for (char c = 0; c < FOLD_LIMIT; c++) {
            FOLD[c] = foldUnicode(String.valueOf(c));
        }
    }

    /** Apostrophes folded, NFKC, diacritics removed, case-folded. */
    private static String foldUnicode(String s) {
        StringBuilder a = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u0060', '\u00B4', '\u2032' ->
                        a.append('\'');
                default -> a.append(c);
            }
        }
        String t = Normalizer.normalize(a, Normalizer.Form.NFKC);
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                sb.append(c);
            }
        }
        t = Normalizer.normalize(sb, Normalizer.Form.NFC);
        return t.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Dots removed, hyphens and dashes as spaces, spaces collapsed, leading "the " dropped. */
    private static String tidy(String t) {
        StringBuilder out = new StringBuilder(t.length());
        boolean space = true; // drops leading spaces
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                continue;
            }
            boolean isSpace = c == ' ' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
            if (isSpace) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        if (out.length() > 4 && out.charAt(0) == 't' && out.charAt(1) == 'h' && out.charAt(2) == 'e'
                && out.charAt(3) == ' ') {
            return out.substring(4);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------
    // construction

    /** An entry with what the index needs for ordering candidates. */
    private static final class Node {
        final GazetteerEntry entry;
        final String normLabel;
        final int priority;
        final int seq;

        Node(GazetteerEntry entry, String normLabel, int priority, int seq) {
            this.entry = entry;
            this.normLabel = normLabel;
            this.priority = priority;
            this.seq = seq;
        }
    }

    /** Candidates whose label is the looked-up name first, then by priority, population, file order. */
    private static final class CandidateOrder implements Comparator<Node> {
        private final String key;

        CandidateOrder(String key) {
            this.key = key;
        }

        @Override
        public int compare(Node a, Node b) {
            boolean la = a.normLabel.equals(key);
            boolean lb = b.normLabel.equals(key);
            if (la != lb) {
                return la ? -1 : 1;
            }
            if (a.priority != b.priority) {
                return Integer.compare(a.priority, b.priority);
            }
            if (a.entry.population() != b.entry.population()) {
                return Long.compare(b.entry.population(), a.entry.population());
            }
            return Integer.compare(a.seq, b.seq);
        }
    }

    private Gazetteer(Loader loader) {
        // country code -> country QID, for rows that give only a code
        Map<String, String> codeToQid = new HashMap<>();
        for (Builder b : loader.builders) {
            if (b.kind == EntityKind.COUNTRY && b.qid != null && b.countryCode != null
                    && b.qid.equals(b.countryQid)) {
                codeToQid.putIfAbsent(b.countryCode, b.qid);
            }
        }
        List<GazetteerEntry> list = new ArrayList<>(loader.builders.size());
        Map<String, GazetteerEntry> qids = new HashMap<>(loader.builders.size() * 2);
        Map<String, Object> names = new HashMap<>(loader.builders.size() * 6);
        int seq = 0;
        for (Builder b : loader.builders) {
            if (b.countryQid == null && b.countryCode != null) {
                b.countryQid = codeToQid.get(b.countryCode);
            }
            GazetteerEntry e = b.build();
            list.add(e);
            if (e.qid() != null) {
                qids.put(e.qid(), e);
            }
            Node node = new Node(e, b.normLabel, b.priority, seq++);
            index(names, b.normLabel, node);
            for (String n : b.normAliases) {
                index(names, n, node);
            }
        }
        Map<String, List<GazetteerEntry>> dem = new HashMap<>();
        for (String[] d : loader.demonyms) {
            GazetteerEntry country = d[1].isEmpty() ? null : qids.get(d[1]);
            if (country == null && !d[2].isEmpty() && codeToQid.containsKey(d[2])) {
                country = qids.get(codeToQid.get(d[2]));
            }
            if (country != null) {
                List<GazetteerEntry> l = dem.computeIfAbsent(normalize(d[0]), k -> new ArrayList<>(1));
                if (!l.contains(country)) {
                    l.add(country);
                }
            }
        }
        dem.replaceAll((k, v) -> List.copyOf(v));
        this.entries = Collections.unmodifiableList(list);
        this.byQid = qids;
        this.byName = names;
        this.byDemonym = dem;
        this.nameCount = names.size();
    }

    private static int countNonNull(Node[] arr) {
        int n = 0;
        while (n < arr.length && arr[n] != null) {
            n++;
        }
        return n;
    }

    private static void index(Map<String, Object> names, String key, Node node) {
        if (key.isEmpty()) {
            return;
        }
        Object o = names.get(key);
        if (o == null) {
            names.put(key, node);
        } else if (o instanceof Node n) {
            if (n != node) {
                names.put(key, new Node[] {n, node, null, null});
            }
        } else {
            Node[] arr = (Node[]) o;
            int len = countNonNull(arr);
            for (int i = 0; i < len; i++) {
                if (arr[i] == node) {
                    return;
                }
            }
            if (len == arr.length) {
                arr = Arrays.copyOf(arr, len * 2);
                names.put(key, arr);
            }
            arr[len] = node;
        }
    }

    /** A mutable entity while files are merged. */
    private static final class Builder {
        String qid;
        EntityKind kind;
        String label;
        String normLabel;
        final List<String> aliases = new ArrayList<>(4);
        final Set<String> normAliases = new LinkedHashSet<>();
        String countryQid;
        String countryCode;
        Long geonamesId;
        Double lat;
        Double lon;
        long population;
        final Set<String> sources = new LinkedHashSet<>(2);
        int priority;

        void addAlias(String a) {
            if (a == null || a.isEmpty()) {
                return;
            }
            String n = normalize(a);
            if (n.isEmpty() || n.equals(normLabel) || !normAliases.add(n)) {
                return;
            }
            aliases.add(a);
        }

        /** Fills what this (higher-priority) builder lacks from a lower-priority row. */
        void mergeLower(Builder lo) {
            if (qid == null) {
                qid = lo.qid;
            }
            addAlias(lo.label);
            for (String a : lo.aliases) {
                addAlias(a);
            }
            if (countryQid == null && countryCode == null) {
                countryQid = lo.countryQid;
                countryCode = lo.countryCode;
            } else if (countryQid == null && lo.countryQid != null && lo.countryCode != null
                    && lo.countryCode.equals(countryCode)) {
                countryQid = lo.countryQid;
            }
            if (geonamesId == null) {
                geonamesId = lo.geonamesId;
            }
            if (lat == null || lon == null) {
                lat = lo.lat;
                lon = lo.lon;
            }
            if (population == 0) {
                population = lo.population;
            }
            sources.addAll(lo.sources);
        }

        GazetteerEntry build() {
            return new GazetteerEntry(qid, kind, label, aliases, countryQid, countryCode, geonamesId,
                    lat, lon, population, String.join("+", sources));
        }
    }

    /** Reads files in priority order and merges their rows. */
    private static final class Loader {
        final List<Builder> builders = new ArrayList<>(20000);
        final Map<String, Builder> byQid = new HashMap<>(20000);
        final Map<Long, Builder> byGeonames = new HashMap<>(30000);
        final List<String[]> demonyms = new ArrayList<>();

        /** The rows of one file, parsed (and their names normalised) independently of the others. */
        static final class Parsed {
            final List<Builder> rows = new ArrayList<>();
            final List<String[]> demonyms = new ArrayList<>();
        }

        static Parsed parse(Source src) {
            Parsed out = new Parsed();
            try (BufferedReader r = reader(src.opener().open())) {
                int lineNo = 0;
                Columns cols = null;
                String line;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = split(line);
                    if (cols == null) {
                        cols = Columns.of(f, src.name());
                        continue;
                    }
                    try {
                        if (cols.demonym >= 0) {
                            out.demonyms.add(new String[] {cell(f, cols.demonym), cell(f, cols.countryQid),
                                    cell(f, cols.countryCode).toUpperCase(Locale.ROOT)});
                        } else {
                            out.rows.add(cols.row(f, src.defaultSource()));
                        }
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(src.name() + ":" + lineNo + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + src.name(), e);
            }
            return out;
        }

        /** Merges the parsed files in priority order (index 0 first). */
        void merge(List<Parsed> files) {
            for (int i = 0; i < files.size(); i++) {
                for (Builder b : files.get(i).rows) {
                    add(b, i);
                }
                demonyms.addAll(files.get(i).demonyms);
            }
        }

        void add(Builder row, int priority) {
            Builder existing = row.qid == null ? null : byQid.get(row.qid);
            if (existing == null && row.geonamesId != null) {
                Builder g = byGeonames.get(row.geonamesId);
                if (g != null && (g.qid == null || row.qid == null)) {
                    existing = g;
                }
            }
            if (existing != null) {
                existing.mergeLower(row);
                if (existing.qid != null) {
                    byQid.putIfAbsent(existing.qid, existing);
                }
                if (existing.geonamesId != null) {
                    byGeonames.putIfAbsent(existing.geonamesId, existing);
                }
                return;
            }
            row.priority = priority;
            builders.add(row);
            if (row.qid != null) {
                byQid.put(row.qid, row);
            }
            if (row.geonamesId != null) {
                byGeonames.putIfAbsent(row.geonamesId, row);
            }
        }
    }

    /** Column positions of a file, from its header line. */
    private static final class Columns {
        int qid = -1;
        int kind = -1;
        int label = -1;
        int aliases = -1;
        int countryQid = -1;
        int countryCode = -1;
        int country = -1;
        int geonamesId = -1;
        int lat = -1;
        int lon = -1;
        int population = -1;
        int source = -1;
        int demonym = -1;

        static Columns of(String[] header, String file) {
            Columns c = new Columns();
            for (int i = 0; i < header.length; i++) {
                switch (header[i].strip().toLowerCase(Locale.ROOT)) {
                    case "qid", "wikidata" -> c.qid = i;
                    case "kind", "type" -> c.kind = i;
                    case "label", "name" -> c.label = i;
                    case "aliases" -> c.aliases = i;
                    case "country_qid" -> c.countryQid = i;
                    case "country_code" -> c.countryCode = i;
                    case "country" -> c.country = i;
                    case "geonames_id", "geonameid", "geonames" -> c.geonamesId = i;
                    case "lat", "latitude" -> c.lat = i;
                    case "lon", "lng", "longitude" -> c.lon = i;
                    case "population" -> c.population = i;
                    case "source", "sources" -> c.source = i;
                    case "demonym" -> c.demonym = i;
                    default -> { } // other columns (notes) are ignored
                }
            }
            if (c.demonym >= 0) {
                if (c.countryQid < 0 && c.countryCode < 0) {
                    throw new IllegalArgumentException(file + ": demonym file needs country_qid or country_code");
                }
                return c;
            }
            if (c.kind < 0 || c.label < 0) {
                throw new IllegalArgumentException(file + ": header line must name at least the columns "
                        + "kind and label (expected: qid, kind, label, aliases, country_qid, country_code, "
                        + "geonames_id, lat, lon, population, source)");
            }
            return c;
        }

        Builder row(String[] f, String defaultSource) {
            Builder b = new Builder();
            String q = cell(f, qid);
            if (!q.isEmpty()) {
                if (!QID.matcher(q).matches()) {
                    throw new IllegalArgumentException("bad qid: " + q);
                }
                b.qid = q;
            }
            b.kind = EntityKind.parse(cell(f, kind));
            b.label = cell(f, label);
            if (b.label.isEmpty()) {
                throw new IllegalArgumentException("empty label");
            }
            b.normLabel = normalize(b.label);
            String al = cell(f, aliases);
            if (!al.isEmpty()) {
                int start = 0;
                while (start <= al.length()) {
                    int bar = al.indexOf('|', start);
                    int end = bar < 0 ? al.length() : bar;
                    b.addAlias(al.substring(start, end).strip());
                    start = end + 1;
                }
            }
            String cq = cell(f, countryQid);
            String cc = cell(f, countryCode);
            String c = cell(f, country);
            if (!c.isEmpty()) {
                if (QID.matcher(c).matches()) {
                    cq = cq.isEmpty() ? c : cq;
                } else if (cc.isEmpty()) {
                    cc = c;
                }
            }
            if (!cq.isEmpty()) {
                if (!QID.matcher(cq).matches()) {
                    throw new IllegalArgumentException("bad country_qid: " + cq);
                }
                b.countryQid = cq;
            }
            b.countryCode = cc.isEmpty() ? null : cc.toUpperCase(Locale.ROOT);
            String g = cell(f, geonamesId);
            b.geonamesId = g.isEmpty() ? null : Long.valueOf(g);
            String la = cell(f, lat);
            String lo = cell(f, lon);
            if (!la.isEmpty() && !lo.isEmpty()) {
                b.lat = Double.valueOf(la);
                b.lon = Double.valueOf(lo);
            }
            String p = cell(f, population);
            b.population = p.isEmpty() ? 0L : Long.parseLong(p);
            String s = cell(f, source);
            b.sources.add(!s.isEmpty() ? s : defaultSource != null ? defaultSource : "unknown");
            return b;
        }
    }

    private static String cell(String[] f, int i) {
        return i < 0 || i >= f.length ? "" : f[i].strip();
    }

    private static String[] split(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? line.length() : tab;
            out[k] = line.substring(start, end);
            start = end + 1;
        }
        return out;
    }
}
