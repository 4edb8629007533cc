package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities of one article, with a look-up from a token to the entity named there. */
public final class ArticleEntities {
    private final List<Entity> entities = new ArrayList<>();
    private final Map<Long, Entity> byToken = new HashMap<>();

    public List<Entity> all() {
        return Collections.unmodifiableList(entities);
    }

    void add(Entity e) {
        entities.add(e);
    }

    void index(Entity e, Mention m) {
        if (m.sentence() < 0) {
            return;
        }
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
            byToken.put(key(m.sentence(), t), e);
        }
    }

    /** The entity named at a token, or null. */
    public Entity at(int sentence, int token) {
        return byToken.get(key(sentence, token));
    }

    /** The entity whose label or another name has this key, or null. */
    public Entity byName(String name) {
        String k = Names.key(name);
        for (Entity e : entities) {
            for (String n : e.names()) {
                if (Names.key(n).equals(k)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }
}
