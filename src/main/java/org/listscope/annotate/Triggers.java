package org.listscope.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The triggers of up to 64 extractors, looked for in one walk over a text: which extractors hold at
 * least one of theirs, by exactly the rule of {@link Text#has}. Asking each trigger in turn walks the
 * text once per trigger (about a hundred of them, most absent from any one message); this walks it
 * once, through an Aho-Corasick automaton over the lower-case text with each run of white space read
 * as one space, which is how {@link Text#has} lets a space in a phrase match any run of blanks.
 * A trigger that {@link Text#has} matches only as written (a single word after a space, such as
 * {@code " act"}) is looked for as written, and only where no other trigger of its extractor stands.
 */
final class Triggers {

    /** The extractors without triggers: always run. */
    private final long always;

    /** The triggers matched only as written, with the extractor of each. */
    private final String[] literal;
    private final int[] literalOwner;

    /** The class of a blank, before runs of blanks are read as one space. */
    private static final int BLANK = -1;

    /** Classes of ASCII characters: 0 for one no walked trigger holds, {@link #BLANK} for a blank. */
    private final int[] ascii = new int[128];
    private final int space;
    private final int classes;

    /**
     * The automaton: by state times {@link #classes} plus class, the next state times {@link #classes},
     * or its complement where a trigger ends there; and by state, the extractors whose trigger ends there.
     */
    private final int[] next;
    private final long[] found;

    /** {@code triggers.get(x)} are extractor {@code x}'s triggers, lower case, as {@link Extractor#triggers}. */
    Triggers(List<List<String>> triggers) {
        if (triggers.size() > 64) throw new IllegalArgumentException("at most 64 extractors, not " + triggers.size());
        long none = 0;
        List<String> walked = new ArrayList<>();
        List<Integer> walkedOwner = new ArrayList<>();
        List<String> asWritten = new ArrayList<>();
        List<Integer> asWrittenOwner = new ArrayList<>();
        for (int x = 0; x < triggers.size(); x++) {
            if (triggers.get(x).isEmpty()) none |= 1L << x;
            for (String t : triggers.get(x)) {
                if (walked(t)) {
                    walked.add(collapsed(t));
                    walkedOwner.add(x);
                } else {
                    asWritten.add(t);
                    asWrittenOwner.add(x);
                }
            }
        }
        always = none;
        literal = asWritten.toArray(new String[0]);
        literalOwner = asWrittenOwner.stream().mapToInt(Integer::intValue).toArray();

        int c = 1;
        for (String t : walked) {
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ascii[ch] == 0) ascii[ch] = c++;
            }
        }
        if (ascii[' '] == 0) ascii[' '] = c++;
        space = ascii[' '];
        classes = c;
        for (char ch = 0; ch < 128; ch++) {
            if (Character.isWhitespace(ch)) ascii[ch] = BLANK;
        }

        // the trie
        List<int[]> children = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        children.add(new int[classes]);
        ends.add(0L);
        for (int i = 0; i < walked.size(); i++) {
            int state = 0;
            String t = walked.get(i);
            for (int k = 0; k < t.length(); k++) {
                int cls = t.charAt(k) == ' ' ? space : ascii[t.charAt(k)];
                if (children.get(state)[cls] == 0) {
                    children.get(state)[cls] = children.size();
                    children.add(new int[classes]);
                    ends.add(0L);
                }
                state = children.get(state)[cls];
            }
            ends.set(state, ends.get(state) | 1L << walkedOwner.get(i));
        }
        // failure links, breadth first, folded into a full transition table
        int states = children.size();
        next = new int[states * classes];
        found = new long[states];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classes; cls++) {
            int child = children.get(0)[cls];
            next[cls] = child;
            if (child != 0) queue.add(child);
        }
        found[0] = ends.get(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            found[state] = ends.get(state) | found[fail[state]];
            for (int cls = 0; cls < classes; cls++) {
                int child = children.get(state)[cls];
                if (child != 0) {
                    fail[child] = next[fail[state] * classes + cls];
                    next[state * classes + cls] = child;
                    queue.add(child);
                } else {
                    next[state * classes + cls] = next[fail[state] * classes + cls];
                }
            }
        }
        for (int i = 0; i < next.length; i++) {
            int to = next[i];
            next[i] = found[to] != 0 ? ~(to * classes) : to * classes;
        }
    }

    /** The bits of the extractors worth running on {@code text}: those without triggers, and those with one in it. */
    long present(Text text) {
        char[] lower = text.lowerChars();
        long bits = always;
        int at = 0; // the state times the number of classes, negative where a trigger ends
        boolean blank = false;
        for (char c : lower) {
            int cls = c < 128 ? ascii[c] : Character.isWhitespace(c) ? BLANK : 0;
            if (cls == BLANK) {
                if (blank) continue;
                blank = true;
                cls = space;
            } else {
                blank = false;
            }
            at = next[(at < 0 ? ~at : at) + cls];
            if (at < 0) bits |= found[~at / classes];
        }
        for (int i = 0; i < literal.length; i++) {
            long bit = 1L << literalOwner[i];
            if ((bits & bit) == 0 && text.lower().contains(literal[i])) bits |= bit;
        }
        return bits;
    }

    /**
     * Whether the walk finds {@code trigger} as {@link Text#has} does: an ASCII trigger that holds no
     * blank, or whose spaces may each match a run of blanks (a word follows its leading spaces and a
     * space follows that word). Any other, such as a single word after a space, matches only as written.
     */
    static boolean walked(String trigger) {
        boolean blank = false;
        for (int i = 0; i < trigger.length(); i++) {
            char c = trigger.charAt(i);
            if (c >= 128) return false;
            if (Character.isWhitespace(c)) blank = true;
        }
        if (!blank) return true;
        int lead = 0;
        while (lead < trigger.length() && trigger.charAt(lead) == ' ') lead++;
        if (lead == trigger.length() || trigger.indexOf(' ', lead) < 0) return false;
        for (int i = 0; i < trigger.length(); i++) {
            char c = trigger.charAt(i);
            if (c != ' ' && Character.isWhitespace(c)) {
                throw new IllegalArgumentException("a trigger with spaces may hold no other blank: " + trigger);
            }
        }
        return true;
    }

    /** {@code trigger} with each run of spaces as one space, as the walk reads the text. */
    private static String collapsed(String trigger) {
        return trigger.replaceAll(" +", " ");
    }
}
