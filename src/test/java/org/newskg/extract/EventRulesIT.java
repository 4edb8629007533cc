package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.testing.SharedNlp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CAMEO event rules on short sentences: codes, actors, targets, voice, negation, time and place. */
class EventRulesIT {

    private static List<Event> events(String text, String root) {
        return SharedNlp.extract(text).events().stream().filter(e -> e.code().startsWith(root)).toList();
    }

    private static boolean has(List<Entity> es, String label) {
        return es.stream().anyMatch(e -> e.label().equals(label));
    }

    @Test
    void signingATreatyIs057WithDateAndPlace() {
        List<Event> es = events("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty "
                + "on June 19 in Pyongyang.", "05");
        assertEquals(1, es.size(), es.toString());
        Event e = es.get(0);
        assertEquals("057", e.code());
        assertTrue(has(e.actors(), "Russia") && has(e.actors(), "Vladimir Putin"), e.actors().toString());
        assertTrue(has(e.targets(), "North Korea") && has(e.targets(), "Kim Jong Un"), e.targets().toString());
        assertEquals("2024-06-19", e.date());
        assertEquals("Pyongyang", e.place().label());
    }

    @Test
    void combatByADemonymActor() {
        List<Event> es = events("North Korean troops have been in combat against Ukrainian forces.", "19");
        assertEquals(1, es.size(), es.toString());
        assertTrue(has(es.get(0).actors(), "North Korea"));
        assertTrue(has(es.get(0).targets(), "Ukraine"));
    }

    @Test
    void capitalsActForTheirCountryAndOtherPlacesDoNotAct() {
        List<Event> asked = events("The United States wants action. Washington has asked the Security Council to blacklist ten ships.", "02");
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(has(asked.get(0).actors(), "United States"), asked.get(0).actors().toString());
        // a governor acts, his state does not
        List<Event> boycott = events("Ohio Governor John Kasich boycotted the convention in Cleveland.", "14");
        assertEquals(1, boycott.size(), boycott.toString());
        assertTrue(has(boycott.get(0).actors(), "John Kasich"), boycott.get(0).actors().toString());
        assertFalse(has(boycott.get(0).actors(), "Ohio"), boycott.get(0).actors().toString());
    }

    @Test
    void callingAMeetingGoodIsNoMeeting() {
        assertEquals(List.of(), events("Merkel called the talks \"constructive\" and left for Berlin.", "04"));
        assertEquals(List.of(), events("Macron called the summit a success.", "04"));
        List<Event> convened = events("Chancellor Olaf Scholz called a meeting of his cabinet on Monday.", "04");
        assertEquals(1, convened.size(), convened.toString());
    }

    @Test
    void passiveAgentIsTheActor() {
        List<Event> es = events("Ukraine was attacked by Russia on Tuesday.", "19");
        assertEquals(1, es.size(), es.toString());
        assertTrue(has(es.get(0).actors(), "Russia"), es.get(0).actors().toString());
        assertTrue(has(es.get(0).targets(), "Ukraine"));
        assertEquals("2024-11-12", es.get(0).date(), "Tuesday before Wednesday 2024-11-13");
    }

    @Test
    void negatedAttackIsNoAttack() {
        assertTrue(events("Russia did not attack Ukraine.", "19").isEmpty());
    }

    @Test
    void notCommentingIs011AndDecliningToCommentIsOneEvent() {
        List<Event> kremlin = events("The Kremlin has not commented on the report.", "01");
        assertEquals(1, kremlin.size(), kremlin.toString());
        assertEquals("011", kremlin.get(0).code());
        List<Event> china = events("China declined to comment on the deployment.", "01");
        assertEquals(1, china.size(), china.toString());
        assertEquals("011", china.get(0).code());
    }

    @Test
    void coordinatedSubjectsOfAStatementActEach() {
        List<Event> es = events("The United States and South Korea confirmed the deployment.", "01");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void nounsThatLookLikeTriggersAreNot() {
        assertFalse(events("They are two independent sovereign states.", "01").stream().anyMatch(e -> e.trigger().equals("state")));
    }

    @Test
    void monthOnlyDateIsAYearMonth() {
        List<Event> es = events("The United States said in October that it was concerned.", "01");
        assertEquals("2024-10", es.get(0).date());
    }

    @Test
    void praiseAndCriticismOfSomeone() {
        List<Event> crit = events("Barack Obama said Donald Trump was unfit to become President.", "11");
        assertEquals(1, crit.size(), crit.toString());
        assertTrue(has(crit.get(0).targets(), "Donald Trump"), crit.toString());
        List<Event> praise = events("Donald Trump called Barack Obama a very fine man.", "05");
        assertEquals(1, praise.size(), praise.toString());
        assertTrue(has(praise.get(0).targets(), "Barack Obama"), praise.toString());
        // about nobody in particular: a plain statement
        List<Event> plain = events("Russia said the talks were excellent.", "0");
        assertEquals(1, plain.size(), plain.toString());
        assertEquals("010", plain.get(0).code());
    }
}
