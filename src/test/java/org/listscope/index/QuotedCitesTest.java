package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;

/**
 * {@code quotedcites:} finds the citations of quoted and forwarded text, which {@code cites:} (the
 * author's own) leaves out: Grady Ward's forwarded ODTC letter citing 22 C.F.R. 125.4 was the only
 * copy of it, and {@code cites:} found nothing.
 */
class QuotedCitesTest {

    @TempDir
    Path dir;

    @Test
    void citationsInsideQuotesAreFoundByQuotedCitesAlone() throws Exception {
        Message letter = Msgs.message("<f@x>", "Grady Ward", "grady@example.org", "1993-09-23T12:27:00Z",
                "ODTC letter", "Here is what they sent me.",
                "the exemptions listed in 22 CFR # 125.4 for technical data do not apply");
        letter = Msgs.annotated(letter, Msgs.cite(letter, "22 CFR # 125.4", "cfr", "22 C.F.R. § 125.4"));
        Message own = Msgs.message("<o@x>", "Ann", "ann@example.org", "1993-09-24T10:00:00Z", "Re: ODTC letter",
                "Read 22 CFR 125.4 yourself.", null);
        own = Msgs.annotated(own, Msgs.cite(own, "22 CFR 125.4", "cfr", "22 C.F.R. § 125.4"));
        TestIndex.write(dir, List.of(letter, own));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("cites:\"22 CFR 125.4\"")).isEqualTo(1);
            assertThat(s.count("quotedcites:\"22 C.F.R. § 125.4\"")).isEqualTo(1);
            assertThat(s.count("quotedcites:22cfr125*")).isEqualTo(1);
            assertThat(s.count("cites:\"22 CFR 125.4\" OR quotedcites:\"22 CFR 125.4\"")).isEqualTo(2);
            SearchResult r = s.search(SearchRequest.of("quotedcites:\"22 CFR 125.4\""));
            assertThat(r.hits()).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo("<f@x>");
                assertThat(h.snippet()).contains("<b>22 CFR # 125.4</b>");
            });
        }
    }
}
