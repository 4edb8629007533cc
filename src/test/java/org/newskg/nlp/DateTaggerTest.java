package org.newskg.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateTaggerTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 11, 13);

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(out.size(), w, w.toLowerCase(), "NN", "O", null, offset, offset + w.length()));
            offset += w.length() + 1;
        }
        return out;
    }

    private static String dateOf(String text, String word, LocalDate published) {
        for (Token t : DateTagger.tag(tokens(text), published)) {
            if (t.word().equals(word)) {
                return t.normalized();
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void weekdaysArePastUnlessTheFutureIsSpokenOf() {
        assertEquals("2024-11-12", dateOf("Patel told a briefing on Tuesday .", "Tuesday", WEDNESDAY));
        assertEquals("2024-11-11", dateOf("Zelenskyy said on Monday that …", "Monday", WEDNESDAY));
        assertEquals("2024-11-13", dateOf("He spoke on Wednesday .", "Wednesday", WEDNESDAY));
        assertEquals("2024-11-15", dateOf("They will meet on Friday .", "Friday", WEDNESDAY));
        assertEquals("2024-11-06", dateOf("It happened last Wednesday .", "Wednesday", WEDNESDAY));
    }

    @Test
    void monthsAndDays() {
        assertEquals("2024-06-19", dateOf("signed on June 19 in Pyongyang", "June", WEDNESDAY));
        assertEquals("2024-08-06", dateOf("an incursion on Aug. 6 and", "6", WEDNESDAY));
        assertEquals("2024-10", dateOf("The U.S. said in October that", "October", WEDNESDAY));
        assertEquals("2017-12-29", dateOf("seized on Dec. 29 last year", "Dec.", LocalDate.of(2018, 1, 5)));
        assertEquals("2016-11-09", dateOf("Wed , November 9 , 2016 A look", "November", null));
        assertEquals("2024-06-19", dateOf("on 19 June the two", "June", WEDNESDAY));
    }

    @Test
    void notDates() {
        assertNull(dateOf("They may agree .", "may", WEDNESDAY));
        assertNull(dateOf("Theresa May said", "May", WEDNESDAY));
        assertNull(dateOf("on Tuesday", "Tuesday", null), "no publication date, no guess");
        assertEquals("2024-11-12", dateOf("yesterday it rained", "yesterday", WEDNESDAY));
    }
}
