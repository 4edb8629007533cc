package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whom each person of an article works for or leads, as the article says it. */
public final class Roles {
    private final Map<Entity, Set<Entity>> groups = new LinkedHashMap<>();

    void add(Entity person, Entity group) {
        if (person != group) {
            groups.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(group);
        }
    }

    /** The organisations and countries a person speaks or acts for, most specific first. */
    public List<Entity> groupsOf(Entity person) {
        List<Entity> out = new ArrayList<>(groups.getOrDefault(person, Set.of()));
        out.sort((a, b) -> Boolean.compare(a.type() == EntityType.COUNTRY, b.type() == EntityType.COUNTRY));
        return out;
    }
}
