package org.listscope.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.listscope.annotate.Annotator;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;

/**
 * The closed vocabularies of the query language's keyword fields: {@code citekind:}, {@code claim:},
 * {@code topic:} and {@code has:} take only the values the annotator and the index give. A value
 * outside them can never match, so {@code topic:crypto} is an error that lists the topics (and
 * names the near ones: {@code export} is {@code export-control}; for a topic, also those a word of
 * it is, as the annotator reads topics: {@code wiretap} is {@code lawful-intercept}, {@code crypto}
 * {@code encryption}), not a silent zero.
 */
final class KeywordValues {

    private static final Map<String, List<String>> VALUES = Map.of(
            "citekind", Citation.KINDS, "claim", Claim.KINDS, "topic", Annotation.TOPICS, "has", Fields.HAS_VALUES);
    private static final Map<String, String> NAMES = Map.of(
            "citekind", "citation kind", "claim", "claim kind", "topic", "topic", "has", "has: value");
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private KeywordValues() {
    }

    /**
     * Why {@code value} (lower case) cannot match {@code field}: one line naming the near values and
     * all of them; null when it is one of them or the field takes any value ({@code list:}).
     */
    static String unknown(String field, String value) {
        List<String> values = VALUES.get(field);
        if (values == null || values.contains(value)) return null;
        String name = NAMES.get(field);
        List<String> near = new ArrayList<>();
        List<String> meant = field.equals("topic") ? Annotator.topicWords(value.replace('-', ' ')) : List.of();
        for (String v : values) {
            if (TWO_EDITS.apply(v, value) >= 0 || shareAWord(v, value) || meant.contains(v)) near.add(v);
        }
        String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
        return "no " + name + " '" + value + "'" + hint + " (" + plural(name) + ": " + String.join(", ", values) + ")";
    }

    /** Whether one holds the other, or a word of four letters or more of the value ({@code export}). */
    private static boolean shareAWord(String v, String value) {
        if (value.length() >= 3 && (v.contains(value) || value.contains(v))) return true;
        for (String word : value.split("[-\\s_]+")) {
            if (word.length() >= 4 && v.contains(word)) return true;
        }
        return false;
    }

    private static String plural(String name) {
        return name.endsWith("value") ? "values" : name.replace("kind", "kinds").replace("topic", "topics");
    }
}
