package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.parse.Archives;

/**
 * The annotator speaks the model's closed vocabularies ({@link Citation#KINDS}, {@link Claim#KINDS},
 * {@link Annotation#TOPICS}), which the query language takes as the only values of
 * {@code citekind:}, {@code claim:} and {@code topic:}.
 */
class VocabularyTest {

    @Test
    void theLexiconsTopicsAndTheTopicsOfItsActsAreModelTopics() {
        assertThat(Lexicon.TOPICS.keySet()).containsExactlyElementsOf(Annotation.TOPICS.subList(0, Lexicon.TOPICS.size()));
        for (NamedAct act : Lexicon.ACTS) assertThat(Annotation.TOPICS).as(act.canonical()).containsAll(act.topics());
    }

    @Test
    void theTopicsOfTheUsCodeAndTheCfrAreModelTopics() {
        Set<String> seen = new TreeSet<>();
        for (int title = 1; title <= 54; title++) {
            for (int section = 1; section <= 10_000; section++) {
                seen.addAll(StatuteTopics.usc(title, Integer.toString(section)));
            }
        }
        for (int title = 1; title <= 50; title++) {
            for (int part = 1; part <= 1_500; part++) seen.addAll(StatuteTopics.cfr(title, Integer.toString(part)));
        }
        assertThat(seen).isNotEmpty();
        assertThat(Annotation.TOPICS).containsAll(seen);
    }

    @Tag("shared")
    @Test
    void aYearOfCypherpunksGivesOnlyKindsAndTopicsOfTheVocabulary() {
        Path mbox = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz");
        List<Message> messages = new Annotator().annotate(Archives.readBatch(List.of(mbox)).messages());
        Set<String> citationKinds = new TreeSet<>();
        Set<String> claimKinds = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        for (Message m : messages) {
            for (Annotation a : m.annotations()) {
                (a instanceof Citation ? citationKinds : claimKinds).add(a.kind());
                topics.addAll(a.topics());
            }
            topics.addAll(m.topics());
        }
        assertThat(citationKinds).hasSizeGreaterThan(5);
        assertThat(Citation.KINDS).containsAll(citationKinds);
        assertThat(Claim.KINDS).containsExactlyInAnyOrderElementsOf(claimKinds);
        assertThat(topics).hasSizeGreaterThan(10);
        assertThat(Annotation.TOPICS).containsAll(topics);
    }
}
