package org.listscope.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.listscope.model.Message;

/**
 * The messages of one threading run, numbered by input position, with the look-ups every linker
 * needs: by {@code id}, by Message-ID, and a time order that tolerates missing and absurd dates.
 */
final class Corpus {

    /** Dates before this are taken for an unset clock (1970) and not trusted for ordering. */
    static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1980-01-01T00:00:00Z");

    final List<Message> messages;
    final Map<String, Integer> byId = new HashMap<>();
    final Map<String, Integer> byMessageId = new HashMap<>();
    /** Seconds since 1970 used for ordering: the date where plausible, else the one before it in input. */
    final long[] time;
    /** Position of each message in time order (ties keep input order). */
    final int[] rank;
    /** Message numbers in time order. */
    final int[] byTime;
    /** Normalised subjects ({@link Subjects#normalize}). */
    final String[] subject;
    /** Subjects without the topic they say they were ({@link Subjects#forms}). */
    final String[] topic;
    /** The topic a renamed subject says it was ({@link Subjects#forms}), else empty. */
    final String[] former;
    /** Warnings to add, per message. */
    final List<List<String>> warnings;

    Corpus(List<Message> messages, Instant now) {
        this.messages = List.copyOf(messages);
        int n = this.messages.size();
        warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) warnings.add(new ArrayList<>(0));
        time = new long[n];
        subject = new String[n];
        topic = new String[n];
        former = new String[n];
        Instant latest = now.plusSeconds(2 * 86_400);
        long last = Long.MIN_VALUE;
        // a thread's messages share a subject: normalise each distinct one once
        Map<String, String[]> normalized = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Message m = this.messages.get(i);
            byId.putIfAbsent(m.id(), i);
            String[] forms = normalized.computeIfAbsent(m.subject(), Subjects::forms);
            subject[i] = forms[0];
            topic[i] = forms[1];
            former[i] = forms[2];
            String mid = HeaderLinker.canonical(m.messageId());
            if (mid != null) byMessageId.putIfAbsent(mid, i);
            Instant d = m.date();
            if (d != null && d.isBefore(EARLIEST_PLAUSIBLE)) {
                warn(i, "implausible date " + d + " (before 1980): thread order uses archive order");
                d = null;
            } else if (d != null && d.isAfter(latest)) {
                warn(i, "date " + d + " is in the future: thread order uses archive order");
                d = null;
            }
            if (d != null) last = d.getEpochSecond();
            time[i] = d != null ? d.getEpochSecond() : last;
        }
        // leading messages without a usable date take the first known time
        long first = Long.MIN_VALUE;
        for (int i = 0; i < n && first == Long.MIN_VALUE; i++) first = time[i];
        for (int i = 0; i < n && time[i] == Long.MIN_VALUE; i++) time[i] = first == Long.MIN_VALUE ? 0 : first;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> time[a] != time[b] ? Long.compare(time[a], time[b]) : Integer.compare(a, b));
        byTime = new int[n];
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            byTime[r] = order[r];
            rank[order[r]] = r;
        }
    }

    int size() {
        return messages.size();
    }

    Message get(int i) {
        return messages.get(i);
    }

    /** Whether message {@code a} comes before {@code b} in time order. */
    boolean before(int a, int b) {
        return rank[a] < rank[b];
    }

    /**
     * Whether message {@code i} continues the topic of {@code c}: the same subject, once any
     * {@code (was: ...)} is left out, or the topic {@code i}'s subject says it was.
     */
    boolean sameTopic(int i, int c) {
        String t = topic[c];
        return !t.isEmpty() && (t.equals(topic[i]) || t.equals(former[i]));
    }

    void warn(int i, String warning) {
        if (!warnings.get(i).contains(warning)) warnings.get(i).add(warning);
    }
}
