package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.annotate.Annotator;
import org.listscope.model.Citation;
import org.listscope.model.Message;

/**
 * The annotator writes one case one way ({@code Katz v. United States}), and {@code cites:} still
 * finds it by every spelling that found it when the annotator kept the parties as written: the
 * United States by its initials, "vs" or "versus", "The" before a party, a State with its kind, in
 * small letters or folded to one word; and never another case.
 */
class CaseSpellingsSearchTest {

    private static Message says(String id, String text) {
        return Msgs.message(id, "Ann", "ann@example.org", "1994-01-26T21:12:08Z", "Crypto and 4th A.", text, null);
    }

    @Test
    void everySpellingOfACaseFindsEachMessageCitingItAndNoOther(@TempDir Path dir) throws Exception {
        List<Message> messages = new Annotator().annotate(List.of(
                says("<k1@x>", "The court in Katz v. U.S. held that a phone booth is private."),
                says("<k2@x>", "The court in Katz vs US held so, I think."),
                says("<k3@x>", "The court in Katz v. U.S.A. held so."),
                says("<k4@x>", "Katz v. United States, 389 U.S. 347 (1967), overruled Olmstead."),
                says("<t1@x>", "The court decided Talley v. State of California in 1960."),
                says("<t2@x>", "The court decided Talley v. California then."),
                says("<i1@x>", "The court decided International News Service v. The Associated Press in 1918."),
                says("<i2@x>", "The court decided International News Service v. Associated Press in 1918."),
                says("<s1@x>", "The court in Smith v. Maryland held otherwise.")));
        for (Message m : messages) {
            assertThat(m.annotations()).as(m.id()).filteredOn(a -> a.kind().equals("case")).hasSize(1);
        }
        assertThat(cases(messages)).containsExactly("Katz v. United States", "Katz v. United States", "Katz v. United States",
                "Katz v. United States, 389 U.S. 347 (1967)", "Talley v. California", "Talley v. California",
                "International News Service v. Associated Press", "International News Service v. Associated Press",
                "Smith v. Maryland");
        TestIndex.write(dir, messages);
        try (Searcher s = Searcher.open(dir)) {
            // each as the annotator had normalized it, as written, in small letters and folded
            for (String katz : List.of("Katz v. U.S.", "Katz v. US", "Katz v. U.S.A.", "Katz v. USA", "Katz vs US",
                    "katz v us", "katz v. u.s.a.", "katzvus", "katzvusa", "Katz v. United States", "Katz versus the United States",
                    "Katz v. United States of America", "katzvunitedstates")) {
                assertThat(s.count("cites:\"" + katz + "\"")).as(katz).isEqualTo(4);
            }
            assertThat(s.count("cites:\"Katz v. U.S., 389 U.S. 347\"")).isEqualTo(1);
            assertThat(s.count("cites:\"389 U.S. 347\"")).isEqualTo(1);
            for (String talley : List.of("Talley v. State of California", "talleyvstateofcalifornia", "Talley v. California",
                    "talley v. california")) {
                assertThat(s.count("cites:\"" + talley + "\"")).as(talley).isEqualTo(2);
            }
            for (String ins : List.of("International News Service v. The Associated Press", "International News Service v. Associated Press",
                    "International News Service vs. the Associated Press", "internationalnewsservicevtheassociatedpress",
                    "internationalnewsservicevassociatedpress")) {
                assertThat(s.count("cites:\"" + ins + "\"")).as(ins).isEqualTo(2);
            }
            assertThat(s.count("cites:\"Smith v. Maryland\"")).isEqualTo(1);
            assertThat(s.count("cites:\"Smith v. United States\"")).isZero();
        }
    }

    private static List<String> cases(List<Message> messages) {
        return messages.stream().flatMap(m -> m.annotations().stream())
                .filter(a -> a.kind().equals("case")).map(a -> ((Citation) a).normalized()).toList();
    }
}
