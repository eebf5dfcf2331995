package org.listscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.listscope.annotate.Annotator;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.parse.Archives;

/**
 * Synthesises a mailing-list archive whose statistics are learned from real archives: thread sizes
 * (messages per normalised subject), own-text length in words, how often a reply quotes and how deep,
 * the vocabulary (a bigram model over the real messages' own text), authors and their frequencies,
 * and citations and claims (real citation strings and claim sentences, at the real per-message rates).
 * Nothing is invented: every distribution is an empirical sample of the real messages, drawn with a
 * seeded {@link Random}. Output: gzip mbox files, one per month ({@code synthetic-YYYY-MM.mbox.gz}).
 *
 * <p>Main: {@code SyntheticArchive SHARED N OUTDIR [seed]}, learning from twisted-python 2005 and
 * cypherpunks 1993.
 */
public final class SyntheticArchive {

    /** Messages per month in the output; about the busiest real months. */
    static final int PER_MONTH = 5_000;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

    /** One generated message, as written (for brute-force checks). */
    public record Synth(String messageId, String inReplyTo, String fromName, String fromAddress, Instant date,
                        String subject, String body) {
    }

    /** What was learned from real messages: empirical samples to draw from. */
    public static final class Model {
        final List<Integer> threadSizes = new ArrayList<>();
        final List<Integer> ownWords = new ArrayList<>();
        final List<Integer> quoteDepths = new ArrayList<>(); // per reply: 0 = no quote, else the deepest level
        final List<Integer> citationsPerMessage = new ArrayList<>();
        final List<Integer> claimsPerMessage = new ArrayList<>();
        final List<String> citations = new ArrayList<>();
        final List<String> claims = new ArrayList<>();
        final List<String[]> authors = new ArrayList<>(); // one entry per real message: name, address
        final List<String> subjectWords = new ArrayList<>();
        final Map<String, List<String>> next = new HashMap<>();
        final List<String> starts = new ArrayList<>();
        int messages;

        /** A one-line summary of the learned statistics. */
        public String summary() {
            double replies = quoteDepths.size();
            long quoting = quoteDepths.stream().filter(d -> d > 0).count();
            return String.format(Locale.ROOT, "learned from %,d messages: %,d threads (mean size %.2f), mean own-text words %.0f, "
                            + "replies quoting %.0f%%, citations/message %.3f, claims/message %.3f, %,d bigram contexts, %,d authors",
                    messages, threadSizes.size(), threadSizes.stream().mapToInt(i -> i).average().orElse(0),
                    ownWords.stream().mapToInt(i -> i).average().orElse(0), replies == 0 ? 0 : 100 * quoting / replies,
                    citationsPerMessage.stream().mapToInt(i -> i).average().orElse(0),
                    claimsPerMessage.stream().mapToInt(i -> i).average().orElse(0), next.size(),
                    authors.stream().map(a -> a[1]).distinct().count());
        }
    }

    private SyntheticArchive() {
    }

    /** Learns a model from the messages of {@code inputs} (read with {@link Archives#readBatch}). */
    public static Model learn(List<Path> inputs) {
        List<Message> messages = new Annotator().annotate(Archives.readBatch(inputs).messages());
        Model m = new Model();
        m.messages = messages.size();
        Map<String, Integer> bySubject = new HashMap<>();
        for (Message msg : messages) {
            String subject = normalise(msg.subject());
            bySubject.merge(subject, 1, Integer::sum);
            boolean reply = !msg.inReplyTo().isEmpty() || msg.subject().regionMatches(true, 0, "re:", 0, 3);
            String address = msg.from().address();
            if (address != null && !address.isBlank()) m.authors.add(new String[] {msg.from().name(), address});
            int depth = 0;
            StringBuilder own = new StringBuilder();
            for (Segment s : msg.segments()) {
                if (s.kind() == SegmentKind.QUOTE) depth = Math.max(depth, s.depth());
                if (s.kind() == SegmentKind.TEXT) own.append(msg.body(), s.start(), s.end()).append('\n');
            }
            if (reply) m.quoteDepths.add(depth);
            String[] words = own.toString().split("\\s+");
            int n = 0;
            String prev = null;
            for (String w : words) {
                if (w.isEmpty() || w.length() > 40) continue;
                n++;
                if (prev == null) m.starts.add(w);
                else m.next.computeIfAbsent(prev, k -> new ArrayList<>(2)).add(w);
                prev = w;
            }
            m.ownWords.add(n);
            int cites = 0;
            int claims = 0;
            for (Annotation a : msg.annotations()) {
                if (a instanceof Citation c && !c.inQuote() && !"message".equals(c.kind())) {
                    cites++;
                    m.citations.add(c.text());
                } else if (a instanceof Claim c && !c.inQuote()) {
                    claims++;
                    m.claims.add(c.text().replace('\n', ' '));
                }
            }
            m.citationsPerMessage.add(cites);
            m.claimsPerMessage.add(claims);
        }
        for (Map.Entry<String, Integer> e : bySubject.entrySet()) {
            m.threadSizes.add(e.getValue());
            for (String w : e.getKey().split("\\s+")) if (!w.isBlank()) m.subjectWords.add(w);
        }
        return m;
    }

    /** Generates {@code n} messages in date order (from January 1995), handing each to {@code sink}. */
    public static void generate(Model model, int n, long seed, Consumer<Synth> sink) {
        Random rnd = new Random(seed);
        ZonedDateTime month = ZonedDateTime.of(1995, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        int made = 0;
        int inMonth = 0;
        while (made < n) {
            int size = Math.min(pick(model.threadSizes, rnd), n - made);
            String subject = subject(model, rnd);
            List<Synth> thread = new ArrayList<>(size);
            // a thread's messages fall within its month, in order, each at its own second
            long monthSeconds = month.plusMonths(1).toEpochSecond() - month.toEpochSecond();
            long start = month.toEpochSecond() + (long) inMonth * monthSeconds / PER_MONTH;
            for (int i = 0; i < size; i++) {
                Synth parent = i == 0 ? null : thread.get(rnd.nextInt(thread.size()));
                String[] author = model.authors.get(rnd.nextInt(model.authors.size()));
                Instant date = Instant.ofEpochSecond(Math.min(start + i * 37L, month.plusMonths(1).toEpochSecond() - 1));
                String id = "<synth." + seed + "." + (made + i) + "@listscope.invalid>";
                String body = body(model, rnd, parent);
                Synth s = new Synth(id, parent == null ? null : parent.messageId(), author[0], author[1], date,
                        parent == null ? subject : "Re: " + subject, body);
                thread.add(s);
                sink.accept(s);
            }
            made += size;
            inMonth += size;
            if (inMonth >= PER_MONTH) {
                month = month.plusMonths(1);
                inMonth = 0;
            }
        }
    }

    /** Writes {@code n} messages as gzip mbox files by month into {@code dir}; returns what was written, or null when {@code keep} is false. */
    public static List<Synth> write(Model model, int n, long seed, Path dir, boolean keep) throws IOException {
        Files.createDirectories(dir);
        List<Synth> kept = keep ? new ArrayList<>(n) : null;
        BufferedWriter[] out = {null};
        String[] current = {null};
        try {
            generate(model, n, seed, s -> {
                try {
                    String month = s.date().toString().substring(0, 7);
                    if (!month.equals(current[0])) {
                        if (out[0] != null) out[0].close();
                        out[0] = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                                Files.newOutputStream(dir.resolve("synthetic-" + month + ".mbox.gz")), 1 << 16), StandardCharsets.UTF_8));
                        current[0] = month;
                    }
                    mbox(out[0], s);
                    if (kept != null) kept.add(s);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } finally {
            if (out[0] != null) out[0].close();
        }
        return kept;
    }

    private static void mbox(BufferedWriter w, Synth s) throws IOException {
        ZonedDateTime d = s.date().atZone(ZoneOffset.UTC);
        w.write("From " + s.fromAddress() + " " + ASCTIME.format(d) + "\n");
        w.write("From: " + (s.fromName() == null || s.fromName().isBlank() ? "" : '"' + s.fromName().replace("\"", "") + "\" ")
                + "<" + s.fromAddress() + ">\n");
        w.write("To: synthetic@listscope.invalid\n");
        w.write("Subject: " + s.subject() + "\n");
        w.write("Date: " + RFC_1123.format(d) + "\n");
        w.write("Message-ID: " + s.messageId() + "\n");
        if (s.inReplyTo() != null) w.write("In-Reply-To: " + s.inReplyTo() + "\nReferences: " + s.inReplyTo() + "\n");
        w.write("Content-Type: text/plain; charset=utf-8\n\n");
        for (String line : s.body().split("\n", -1)) {
            if (line.matches(">*From .*")) w.write('>');
            w.write(line);
            w.write('\n');
        }
        w.write('\n');
    }

    private static String body(Model m, Random rnd, Synth parent) {
        StringBuilder sb = new StringBuilder();
        if (parent != null) {
            int depth = pick(m.quoteDepths, rnd);
            if (depth > 0) {
                sb.append("On ").append(RFC_1123.format(parent.date().atZone(ZoneOffset.UTC))).append(", ")
                        .append(parent.fromName() == null || parent.fromName().isBlank() ? parent.fromAddress() : parent.fromName())
                        .append(" wrote:\n");
                int lines = 0;
                for (String line : parent.body().split("\n")) {
                    if (line.startsWith("On ") && line.endsWith("wrote:")) continue;
                    int level = 0;
                    while (level < line.length() && line.charAt(level) == '>') level++;
                    if (level + 1 > depth || lines++ >= 12) continue;
                    sb.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n');
                }
                sb.append('\n');
            }
        }
        List<String> words = new ArrayList<>(prose(m, rnd, pick(m.ownWords, rnd)));
        int cites = pick(m.citationsPerMessage, rnd);
        for (int i = 0; i < cites && !m.citations.isEmpty(); i++) {
            words.add(rnd.nextInt(words.size() + 1), "(see " + m.citations.get(rnd.nextInt(m.citations.size())) + ")");
        }
        int claims = pick(m.claimsPerMessage, rnd);
        for (int i = 0; i < claims && !m.claims.isEmpty(); i++) {
            words.add(rnd.nextInt(words.size() + 1), "\n" + m.claims.get(rnd.nextInt(m.claims.size())) + "\n");
        }
        int col = 0;
        for (String w : words) {
            if (col > 0 && col + w.length() > 72) {
                sb.append('\n');
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(w);
            col = w.endsWith("\n") ? 0 : col + w.length();
        }
        return sb.append('\n').toString().replace("\n ", "\n");
    }

    private static List<String> prose(Model m, Random rnd, int n) {
        List<String> out = new ArrayList<>(n);
        String w = null;
        for (int i = 0; i < n; i++) {
            List<String> after = w == null ? null : m.next.get(w);
            w = after == null || after.isEmpty() || rnd.nextInt(40) == 0
                    ? m.starts.get(rnd.nextInt(m.starts.size())) : after.get(rnd.nextInt(after.size()));
            if (w.startsWith(">")) w = w.substring(1);
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private static String subject(Model m, Random rnd) {
        int k = 1 + rnd.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) sb.append(i == 0 ? "" : " ").append(m.subjectWords.get(rnd.nextInt(m.subjectWords.size())));
        return sb.toString();
    }

    private static int pick(List<Integer> sample, Random rnd) {
        return sample.isEmpty() ? 0 : sample.get(rnd.nextInt(sample.size()));
    }

    private static String normalise(String subject) {
        return subject.replaceAll("(?i)^((re|fwd?|aw)\\s*:\\s*|\\[[^]]*]\\s*)+", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The real archives the model is learned from: twisted-python 2005 and cypherpunks 1993. */
    public static List<Path> learningInputs(Path shared) throws IOException {
        List<Path> in = new ArrayList<>();
        try (var s = Files.list(shared.resolve("corpus/pipermail/twisted-python"))) {
            s.filter(p -> p.getFileName().toString().matches("2005-.*\\.txt\\.gz")).sorted().forEach(in::add);
        }
        in.add(shared.resolve("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz"));
        return in;
    }

    /** Args: shared folder, number of messages, output folder, [seed]. */
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        long t0 = System.nanoTime();
        Model m = learn(learningInputs(shared));
        System.out.println(m.summary());
        long t1 = System.nanoTime();
        write(m, n, seed, out, false);
        System.out.printf(Locale.ROOT, "learned in %.1f s; wrote %,d messages to %s in %.1f s (%.1f MB)%n", (t1 - t0) / 1e9, n, out,
                (System.nanoTime() - t1) / 1e9, BenchUtil.folderBytes(out) / 1e6);
    }
}
