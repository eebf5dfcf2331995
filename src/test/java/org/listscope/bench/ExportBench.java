package org.listscope.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.listscope.export.ExportOptions;
import org.listscope.export.ExportWriter;
import org.listscope.export.Exporters;
import org.listscope.json.Json;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Provenance;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;

/**
 * Exporting 10,000 annotated messages in every format (target: under 10 s each). Messages are
 * generated: threads of 1..20 replies among 300 people, bodies of about 1.5 KB with a quoted part,
 * three annotations each. The baseline is writing the same messages as bare JSON lines to a null
 * stream, measured in the same run; figures are the median of three runs after one warm-up.
 *
 * <p>Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.listscope.bench.ExportBench [N]}.
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<Message> messages = generate(n, new Random(7));
        Provenance p = new Provenance("bench", "bench", null, null, List.of(), false, Instant.now());
        Path dir = Files.createTempDirectory("export-bench");
        try {
            double base = median(() -> baseline(messages));
            System.out.printf("ExportBench: %,d messages, %,d annotations, %d threads%n%n", n,
                    messages.stream().mapToInt(m -> m.annotations().size()).sum(),
                    messages.stream().map(Message::threadId).distinct().count());
            System.out.println("| format | seconds | messages/s | x baseline | output MB |");
            System.out.println("|---|---:|---:|---:|---:|");
            System.out.printf("| baseline: Json.line to a null stream | %.3f | %,.0f | 1.0 | - |%n", base, n / base);
            for (String format : Exporters.formats()) {
                ExportWriter w = Exporters.forFormat(format, ExportOptions.defaults()).orElseThrow();
                Path out = dir.resolve("out." + format);
                double s = median(() -> {
                    delete(out);
                    Exporters.export(w, messages, p, out);
                });
                System.out.printf("| %s | %.3f | %,.0f | %.1f | %.1f |%n", format, s, n / s, s / base, size(out) / 1e6);
            }
        } finally {
            delete(dir);
        }
    }

    interface Run {
        void run() throws IOException;
    }

    private static double median(Run r) throws IOException {
        r.run();
        double[] t = new double[3];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t[1];
    }

    private static void baseline(List<Message> messages) throws IOException {
        try (Writer w = new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8)) {
            for (Message m : messages) {
                w.write(Json.line(m));
                w.write('\n');
            }
        }
    }

    private static final String[] WORDS = ("the provider must retain records for law enforcement under CALEA and "
            + "a subpoena can compel an ISP to hand over logs while data retention rules in Europe differ "
            + "net neutrality routing peering operators court order wiretap encryption privacy backbone").split(" ");
    private static final String[][] CITES = {{"usc", "47 U.S.C. § 1001"}, {"rfc", "RFC 2119"}, {"bill", "H.R. 837"},
            {"public-law", "Pub. L. 103-414"}, {"cfr", "47 C.F.R. § 1.20003"}, {"url", "http://www.askcalea.net/"}};

    static List<Message> generate(int n, Random r) {
        List<Message> out = new ArrayList<>(n);
        Instant t = Instant.parse("2005-01-01T00:00:00Z");
        List<Message> thread = new ArrayList<>();
        int threadLeft = 0;
        for (int i = 0; i < n; i++) {
            if (threadLeft-- <= 0) {
                thread.clear();
                threadLeft = r.nextInt(20);
            }
            Message parent = thread.isEmpty() ? null : thread.get(r.nextInt(thread.size()));
            int person = r.nextInt(300);
            Author a = Author.of("Person " + person + (person % 7 == 0 ? " Müller" : ""), person % 5 == 0 ? null
                    : "p" + person + "@example.org", "Person " + person);
            StringBuilder body = new StringBuilder();
            int quoteEnd = 0;
            if (parent != null) {
                body.append("On some day, ").append(parent.from().name()).append(" wrote:\n");
                for (int q = 0; q < 4; q++) body.append("> ").append(sentence(r, 12)).append('\n');
                quoteEnd = body.length();
            }
            String[] cite = CITES[r.nextInt(CITES.length)];
            body.append(sentence(r, 20)).append(" See ").append(cite[1]).append(".\n");
            int citeStart = body.indexOf(cite[1], quoteEnd);
            int claimStart = body.length();
            body.append("Providers must retain logs for two years.\n");
            int claimEnd = body.length() - 2;
            for (int k = 0; k < 12; k++) body.append(sentence(r, 14)).append('\n');
            if (r.nextInt(20) == 0) body.append("From the archive: a line to escape\n");
            String b = body.toString();
            List<Segment> segs = new ArrayList<>();
            if (quoteEnd > 0) {
                int attr = b.indexOf('\n') + 1;
                segs.add(Segment.of(SegmentKind.ATTRIBUTION, 0, attr, 0));
                segs.add(Segment.of(SegmentKind.QUOTE, attr, quoteEnd, 1).withQuoted(parent.from().name(), parent.date()));
            }
            segs.add(Segment.of(SegmentKind.TEXT, quoteEnd, b.length(), 0));
            List<Annotation> anns = List.of(
                    new Citation(cite[0], citeStart, citeStart + cite[1].length(), cite[1], cite[1], null, null,
                            List.of("lawful-intercept"), 0.9, List.of(cite[0]), false, a.name()),
                    new Claim("obligation", claimStart, claimEnd, b.substring(claimStart, claimEnd),
                            List.of("data-retention"), 0.8, List.of("must"), false, false, a.name()),
                    new Claim("legal-fact", claimStart + 10, claimEnd, b.substring(claimStart + 10, claimEnd),
                            List.of("data-retention"), 0.6, List.of("retain"), true, false, a.name()));
            t = t.plusSeconds(60 + r.nextInt(7200));
            String id = "<m" + i + "@bench.example>";
            Message root = thread.isEmpty() ? null : thread.get(0);
            Message m = Message.builder().id(id).messageId(i % 10 == 0 ? null : id).list("nanog")
                    .subject((parent == null ? "" : "Re: ") + "CALEA thread " + (root == null ? i : root.id().hashCode() & 0xffff))
                    .from(a).date(t).url("https://mailman.nanog.org/pipermail/nanog/2005-March/" + i + ".html")
                    .inReplyTo(parent == null ? List.of() : List.of(parent.id()))
                    .source(new Source("bench/2005-March.txt", null, "pipermail-txt")).body(b).segments(segs)
                    .annotations(anns).parentId(parent == null ? null : parent.id())
                    .threadId(root == null ? id : root.id())
                    .parentLink(parent == null ? null : new ParentLink(LinkMethod.HEADER, 1.0)).build();
            thread.add(m);
            out.add(m);
        }
        return out;
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return sb.append('.').toString();
    }

    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
