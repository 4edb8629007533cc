package org.newskg.extract;

import java.util.List;

/**
 * A CAMEO-coded event: who did what to whom, where and when.
 *
 * @param code    the CAMEO code, 2 to 4 digits ("057")
 * @param trigger the lemma that triggered it ("sign")
 * @param date    ISO date (yyyy-mm-dd) or month (yyyy-mm), or null
 */
public record Event(String code, String trigger, List<Entity> actors, List<Entity> targets, Entity place,
                    String date, Evidence evidence) {
}
