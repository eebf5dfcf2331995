package org.listscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Message;

/**
 * The answers the index should give, found by scanning every message: the check Lucene's own tests
 * make of a fast structure against a slow one.
 */
final class BruteForce {

    private static final Analyzer ENGLISH = new Analysis.English();
    private static final Analyzer EXACT = new Analysis.Exact();

    private final List<Message> messages;
    private final List<Set<String>> stems = new ArrayList<>();
    private final List<List<String>> ownWords = new ArrayList<>();
    private final List<List<String>> subjectWords = new ArrayList<>();

    BruteForce(List<Message> messages) {
        this.messages = messages;
        for (Message m : messages) {
            Set<String> s = new HashSet<>(tokens(ENGLISH, m.subject()));
            s.addAll(tokens(ENGLISH, MessageText.own(m)));
            stems.add(s);
            ownWords.add(tokens(EXACT, MessageText.own(m)));
            subjectWords.add(tokens(EXACT, m.subject()));
        }
    }

    List<Message> messages() {
        return messages;
    }

    /** Messages whose subject or own text holds the word, stemmed (what a bare word finds). */
    long term(String word) {
        List<String> t = tokens(ENGLISH, word);
        if (t.size() != 1) throw new IllegalArgumentException("not one term: " + word);
        return stems.stream().filter(s -> s.contains(t.get(0))).count();
    }

    /** Messages whose subject or own text holds the words in this order, unstemmed. */
    long phrase(String phrase) {
        List<String> p = tokens(EXACT, phrase);
        long n = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (contains(ownWords.get(i), p) || contains(subjectWords.get(i), p)) n++;
        }
        return n;
    }

    /** The messages whose subject or own text holds the word, stemmed (what a bare word finds). */
    List<Message> withTerm(String word) {
        List<String> t = tokens(ENGLISH, word);
        if (t.size() != 1) throw new IllegalArgumentException("not one term: " + word);
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (stems.get(i).contains(t.get(0))) out.add(messages.get(i));
        }
        return out;
    }

    /** Messages that hold (or lack) each of two stems in subject or own text. */
    long both(String stemA, boolean hasA, String stemB, boolean hasB) {
        return stems.stream().filter(s -> s.contains(stemA) == hasA && s.contains(stemB) == hasB).count();
    }

    long count(Predicate<Message> p) {
        return messages.stream().filter(p).count();
    }

    long from(String address) {
        return count(m -> m.from().address() != null && m.from().address().equalsIgnoreCase(address));
    }

    long dateIn(Instant from, Instant toExclusive) {
        return count(m -> m.date() != null && !m.date().isBefore(from) && m.date().isBefore(toExclusive));
    }

    /**
     * Messages whose own text cites {@code citation}: one of a citation's keys (its name, and those of
     * what holds it) is one that the asked text gives, as written or as the annotator would write it.
     */
    long cites(String citation) {
        List<String> asked = CitationKeys.queryKeys(citation);
        return count(m -> m.annotations().stream().anyMatch(a -> !a.inQuote() && a instanceof Citation c
                && CitationKeys.keys(c.normalized() != null ? c.normalized() : c.text()).stream().anyMatch(asked::contains)));
    }

    /** Own-text citations' normalized forms of a message. */
    static List<String> citations(Message m) {
        List<String> out = new ArrayList<>();
        for (Annotation a : m.annotations()) {
            if (!a.inQuote() && a instanceof Citation c && c.normalized() != null) out.add(c.normalized());
        }
        return out;
    }

    List<String> ownWords(int i) {
        return ownWords.get(i);
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) continue outer;
            }
            return true;
        }
        return false;
    }

    static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
