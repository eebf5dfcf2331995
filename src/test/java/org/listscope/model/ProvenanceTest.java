package org.listscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void aFewInputsAreNamed() {
        Provenance p = new Provenance("0.1.0", null, null, null, List.of("a.mbox", "b.txt.gz"), false, AT);
        assertEquals("all messages from a.mbox, b.txt.gz (whole threads)", p.selection());
    }

    @Test
    void manyInputsAreCountedNotListed() {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 251; i++) inputs.add("/archive/month-" + i + ".txt.gz");
        Provenance p = new Provenance("0.1.0", "calea", null, null, inputs, true, AT);
        assertEquals("query \"calea\" from 251 inputs (/archive/month-0.txt.gz, ...) (matching messages only)", p.selection());
        assertEquals(251, p.inputs().size(), "the record keeps every input for the provenance file");
    }

    @Test
    void anIndexSelection() {
        Provenance p = new Provenance("0.1.0", "calea", "<t@x>", "index", List.of(), false, AT);
        assertEquals("query \"calea\", thread <t@x> in index index (whole threads)", p.selection());
    }
}
