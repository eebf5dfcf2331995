package org.listscope.parse;

import java.util.Locale;
import org.listscope.model.Author;

/**
 * What ties an author to a person beyond one batch of messages, by the rules {@link People} applies
 * within one: a full personal name (two words or more), and an address that belongs to one person
 * (not a stand-in such as {@code nobody@} or a list's own address). The index uses it to give a
 * person met again in a later chunk the key the person already has.
 */
public final class PersonEvidence {

    private PersonEvidence() {
    }

    /** The author's name normalised as {@link People} compares names, when it is a full name; else {@code null}. */
    public static String fullName(Author a) {
        return fullName(a.name());
    }

    /** A name as typed in a search, normalised as {@link #fullName(Author)} does, when it is a full name; else {@code null}. */
    public static String fullName(String typed) {
        String n = PersonNames.normalize(typed);
        return PersonNames.isFull(n) ? n : null;
    }

    /**
     * Whether a full name typed in a search ({@link #fullName(String)}) names the person of a full
     * name the index holds ({@link #fullName(Author)}): the same family name, and first given names
     * that agree or are a short or familiar form of one another ("Tim May" for "Timothy C. May",
     * "Bill Stewart" for "William Stewart").
     */
    public static boolean typedFor(String typed, String fullName) {
        return PersonNames.typedFor(typed, fullName);
    }

    /**
     * The author's address, lower case, when it may stand for one person: not a stand-in, nor the
     * list's own address, nor a list server's; else {@code null}.
     */
    public static String personalAddress(Author a, String list) {
        if (a.address() == null || a.address().isBlank()) return null;
        String address = a.address().strip().toLowerCase(Locale.ROOT);
        return People.isStandIn(address, list) ? null : address;
    }
}
