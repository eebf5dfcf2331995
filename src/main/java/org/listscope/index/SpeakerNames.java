package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.listscope.parse.PersonEvidence;

/**
 * The speakers' names an index holds ({@link Fields#SPEAKER} terms) that are full names, by family
 * name, normalised as {@link PersonEvidence#fullName(String)} normalises them: what a
 * {@link SpeakerQuery} compares a typed name with. Normalising every name takes tens of
 * milliseconds, so it is done once per open index (reader) and kept while the reader lives.
 */
final class SpeakerNames {

    /** A speaker term and its normalised full name. */
    record Name(String term, String full) {
    }

    private static final Map<Object, Map<String, List<Name>>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private SpeakerNames() {
    }

    /** The full names of {@code reader}'s speakers of the family name of {@code full} (a normalised full name). */
    static List<Name> withFamilyOf(IndexReader reader, String full) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Map<String, List<Name>> byFamily = helper == null ? null : CACHE.get(helper.getKey());
        if (byFamily == null) {
            byFamily = read(reader);
            if (helper != null) CACHE.put(helper.getKey(), byFamily);
        }
        return byFamily.getOrDefault(family(full), List.of());
    }

    /** The family name of a normalised full name: its last word. */
    private static String family(String full) {
        return full.substring(full.lastIndexOf(' ') + 1);
    }

    private static Map<String, List<Name>> read(IndexReader reader) throws IOException {
        Map<String, List<Name>> byFamily = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.SPEAKER);
            if (terms == null) continue;
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                String term = t.utf8ToString();
                String full = PersonEvidence.fullName(term);
                if (full == null) continue;
                byFamily.computeIfAbsent(family(full), f -> new ArrayList<>()).add(new Name(term, full));
            }
        }
        return byFamily;
    }
}
