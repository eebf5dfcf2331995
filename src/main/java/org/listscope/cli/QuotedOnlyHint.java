package org.listscope.cli;

import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.listscope.index.QuerySyntaxException;
import org.listscope.index.Searchable;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;

/**
 * Why a query of bare words found nothing, where the answer is that its words stand only in quoted
 * text, which a bare word never searches: the same query asked of quoted text, and how many
 * messages it finds there ({@code "data retention"}: one message quotes it, none says it).
 */
final class QuotedOnlyHint {

    private QuotedOnlyHint() {
    }

    /** A phrase in double quotes, whose words may hold a colon that is no field's. */
    private static final Pattern PHRASE = Pattern.compile("\"[^\"]*\"");
    /** A field before its value: {@code from:}, {@code quoted:}. */
    private static final Pattern FIELD = Pattern.compile("(?<![\\w.\\\\])[A-Za-z]+:");

    /**
     * The hint for {@code query}, which found nothing, or {@code null} where it names a field (it is
     * no question of bare words) or finds nothing in quoted text either; {@code request} makes the
     * request of a query as the command was asked.
     */
    static String of(Searchable s, String query, Function<String, SearchRequest> request) throws IOException {
        if (query.isBlank() || FIELD.matcher(PHRASE.matcher(query).replaceAll(" ")).find()) return null;
        String quoted = "quoted:(" + query + ")";
        SearchResult r;
        try {
            r = s.search(request.apply(quoted));
        } catch (QuerySyntaxException e) {
            return null; // what parsed alone and not inside the group asks nothing of quoted text
        }
        if (r.total() == 0) return null;
        return "listscope: a bare word searches subjects and the authors' own text; " + r.total()
                + (r.total() == 1 ? " message quotes" : " messages quote") + " this: listscope search '" + quoted + "'";
    }
}
