package org.newskg.extract;

/** Words put in quotation marks and who said them (speaker null when the text does not say). */
public record Quote(Entity speaker, String text, int begin, int end, Evidence evidence) {
}
