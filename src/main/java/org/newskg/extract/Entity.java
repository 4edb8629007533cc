package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One real-world entity as named in one article: every surface form and where it occurs. */
public final class Entity {
    private final String localId;
    private EntityType type;
    private String label;
    private final Set<String> names = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    private EntityLink link;

    public Entity(String localId, EntityType type, String label) {
        this.localId = localId;
        this.type = type;
        this.label = label;
        names.add(label);
    }

    public String localId() { return localId; }
    public EntityType type() { return type; }
    public String label() { return label; }
    public Set<String> names() { return Collections.unmodifiableSet(names); }
    public List<Mention> mentions() { return Collections.unmodifiableList(mentions); }
    public EntityLink link() { return link; }

    /** Names other than the label, as a user would search for them. */
    public List<String> altLabels() {
        return names.stream().filter(n -> !n.equals(label)).toList();
    }

    void setType(EntityType type) { this.type = type; }

    void setLabel(String label) {
        this.label = label;
        names.add(label);
    }

    void addName(String name) { names.add(name); }

    void addMention(Mention m) { mentions.add(m); }

    /** Linking sets the link, and with it the canonical label when the gazetteer knows one. */
    public void link(EntityLink link) {
        this.link = link;
        if (link.label() != null && !link.label().isBlank()) {
            setLabel(link.label());
        }
    }

    @Override
    public String toString() {
        return type + ":" + label;
    }
}
