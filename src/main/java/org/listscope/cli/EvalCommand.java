package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.listscope.annotate.Annotator;
import org.listscope.annotate.eval.Evaluation;
import org.listscope.annotate.eval.GoldFile;
import org.listscope.annotate.eval.GoldMessage;
import org.listscope.annotate.eval.GoldSpan;
import org.listscope.annotate.eval.GoldTopics;
import org.listscope.annotate.eval.TopicEvaluation;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code listscope eval GOLD}: reads the archives a gold file names, annotates the gold messages
 * and prints precision, recall and F1 per type and kind next to the two baselines.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the annotator against a hand-annotated gold file (precision, recall, F1 per type and kind, with baselines).")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file (JSON lines; see docs/annotation-guidelines.md).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "The folder the gold's source paths are relative to (default: $LISTSCOPE_SHARED, else ../shared).")
    Path corpus;

    @Option(names = "--set", paramLabel = "NAME", split = ",",
            description = "Score only the gold messages of these sets (the lines' \"set\": dev, heldout, heldout-2, ...; comma-separated or repeated).")
    List<String> set;

    @Option(names = "--errors", description = "Also print every error, one line each: a gold annotation missed, one found that the gold lacks, one of another kind.")
    boolean errors;

    @Option(names = "--reader", paramLabel = "FILE",
            description = "Score a second reader's gold file of the same messages instead of the annotator: how far two readers agree.")
    Path reader;

    @Option(names = "--calibration", description = "Also print how well the annotator's confidences predict which of its "
            + "annotations the gold has: precision per confidence bin, expected calibration error, Brier score.")
    boolean calibration;

    @Option(names = "--topics", description = "GOLD is a topic gold file (lines with \"topics\"): score the topics the "
            + "topic: facet gives each message, beside a cue-word baseline.")
    boolean topics;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return evaluate(spec.commandLine().getOut(), err);
        } catch (IOException e) {
            // a gold file or corpus that cannot be read: one line naming it and why
            err.println("listscope: " + Archives.reason(e));
            err.flush();
            return Root.FAILURE;
        }
    }

    private Integer evaluate(PrintWriter out, PrintWriter err) throws IOException {
        if (Files.isDirectory(gold)) throw new UsageException("the gold file " + gold + " is a folder");
        if (!Files.isRegularFile(gold)) throw new UsageException("no such gold file: " + gold);
        if (corpus != null && !Files.isDirectory(corpus)) throw new UsageException("no such corpus folder: " + corpus);
        if (topics) return topics(out, err);
        List<GoldMessage> goldMessages = selected(GoldFile.read(gold), GoldMessage::set);
        if (goldMessages.isEmpty()) throw new IOException(gold + ": no gold messages");
        Archive archive = Archive.load(corpus != null ? corpus : defaultCorpus(),
                goldMessages.stream().map(GoldMessage::source).toList(), err);
        Map<String, List<Message>> batches = archive.batches();
        Function<GoldMessage, Message> find = g -> archive.find(g.source(), g.messageId());
        Evaluation e;
        if (reader != null) {
            if (!Files.isRegularFile(reader)) throw new UsageException("no such reader file: " + reader);
            Map<String, List<GoldSpan>> second = new HashMap<>();
            for (GoldMessage r : GoldFile.read(reader)) second.put(r.messageId(), r.annotations());
            e = Evaluation.agreement(goldMessages, find, id -> second.getOrDefault(id, List.of()));
            out.printf("Reader: %s (its annotations scored in the system's columns)%n", reader);
        } else {
            Annotator annotator = new Annotator();
            e = Evaluation.run(goldMessages, find, (g, m) -> annotator.annotate(m, batches.get(g.source())).annotations());
        }
        out.printf("Gold: %s%s, %d messages scored of %d%n%n", gold, sets(), e.messages(), goldMessages.size());
        out.print(e.table());
        out.printf("%nBaselines: citations by regex for U.S.C./bills/cases/URLs plus act names; claims = every sentence with a legal cue word.%n");
        out.printf("Matching: same type and overlapping spans, one to one (per kind: same kind too).%n");
        if (e.normalized()[1] > 0) {
            out.printf("Normalized forms agree on %d of %d matched citations whose gold names one.%n", e.normalized()[0], e.normalized()[1]);
        }
        if (calibration && reader == null) {
            out.printf("%nCalibration: the annotator's confidence against the share of its annotations the gold has (gap = precision - mean confidence).%n%n");
            out.print(e.calibration().table());
        }
        return finish(out, err, e.errors(), e.missing(), e.messages());
    }

    /** {@code eval --topics}: the topic facet against a topic gold file. */
    private Integer topics(PrintWriter out, PrintWriter err) throws IOException {
        List<GoldTopics> goldTopics = selected(GoldFile.readTopics(gold), GoldTopics::set);
        Archive archive = Archive.load(corpus != null ? corpus : defaultCorpus(),
                goldTopics.stream().map(GoldTopics::source).toList(), err);
        Function<GoldTopics, Message> find = g -> archive.find(g.source(), g.messageId());
        TopicEvaluation e;
        if (reader != null) {
            if (!Files.isRegularFile(reader)) throw new UsageException("no such reader file: " + reader);
            Map<String, List<String>> second = new HashMap<>();
            for (GoldTopics r : GoldFile.readTopics(reader)) second.put(r.messageId(), r.topics());
            e = TopicEvaluation.agreement(goldTopics, find, id -> second.getOrDefault(id, List.of()), Annotator::topicWords);
            out.printf("Reader: %s (its topics scored in the system's columns)%n", reader);
        } else {
            Annotator annotator = new Annotator();
            e = TopicEvaluation.run(goldTopics, find, (g, m) -> annotator.annotate(m, archive.batches().get(g.source())),
                    Annotator::topicWords);
        }
        out.printf("Topic gold: %s%s, %d messages scored of %d%n%n", gold, sets(), e.messages(), goldTopics.size());
        out.print(e.table());
        out.printf("%nSystem: the topics of the author's own text, from its annotations and its sentences about law or policy "
                + "(what topic: searches). "
                + "Baseline: every topic whose cue words stand anywhere in the own text.%n");
        out.printf("Scored per message and topic: a topic both give is right, one only the system gives is extra, "
                + "one only the reader gives is missed.%n");
        return finish(out, err, e.errors(), e.missing(), e.messages());
    }

    /** Prints the errors asked for ({@code --errors}) and what was missing; the exit code. */
    private Integer finish(PrintWriter out, PrintWriter err, List<String> errorLines, List<String> missing, int messages) {
        if (errors) {
            out.printf("%nErrors (%d):%n", errorLines.size());
            errorLines.forEach(out::println);
        }
        for (String miss : missing) err.println("listscope: " + miss);
        out.flush();
        err.flush();
        return messages == 0 || !missing.isEmpty() ? Root.FAILURE : Root.OK;
    }

    /** The sets asked for, as the report's heading names them. */
    private String sets() {
        return set == null ? "" : " (set " + String.join(", ", set) + ")";
    }

    /** The gold lines of the sets asked for ({@code --set}), all without it; an unknown set is a usage error. */
    private <T> List<T> selected(List<T> all, Function<T, String> setOf) {
        if (set == null) return all;
        Set<String> sets = new TreeSet<>();
        all.forEach(g -> sets.add(String.valueOf(setOf.apply(g))));
        for (String name : set) {
            if (!sets.contains(name)) throw new UsageException("no gold message of set \"" + name + "\" in " + gold + " (sets: " + String.join(", ", sets) + ")");
        }
        return all.stream().filter(g -> set.contains(setOf.apply(g))).toList();
    }

    /** The gold's archive files, read and threaded once each, with their messages by id and Message-ID. */
    private record Archive(Map<String, Message> byKey, Map<String, List<Message>> batches) {

        static Archive load(Path root, List<String> sources, PrintWriter err) {
            Map<String, Message> byKey = new HashMap<>();
            Map<String, List<Message>> batches = new HashMap<>();
            for (String source : new LinkedHashSet<>(sources)) {
                Batch batch = Archives.readBatch(List.of(root.resolve(source)));
                for (Problem p : batch.problems()) err.println("listscope: " + p);
                List<Message> threaded = Threader.thread(batch);
                batches.put(source, threaded);
                for (Message m : threaded) {
                    byKey.putIfAbsent(key(source, m.id()), m);
                    if (m.messageId() != null) byKey.put(key(source, m.messageId()), m);
                }
            }
            return new Archive(byKey, batches);
        }

        Message find(String source, String messageId) {
            return byKey.get(key(source, messageId));
        }
    }

    private static String key(String source, String messageId) {
        return source + " " + messageId.strip().toLowerCase(Locale.ROOT);
    }

    private static Path defaultCorpus() {
        String env = System.getenv("LISTSCOPE_SHARED");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared");
    }
}
