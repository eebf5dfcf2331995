package org.listscope.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.Source;
import org.listscope.model.ThreadIndex;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web-archive captures (WARC, plain or gzip), read with jwarc. Each {@code response} record (its
 * HTTP payload, de-chunked and decompressed) and each {@code resource} record is read as the file it
 * holds would be: a pipermail page, a month's {@code .txt.gz}, an mbox, a thread index... chosen by
 * {@link Archives#parserFor}. Other records ({@code warcinfo}, {@code request}, {@code metadata},
 * {@code revisit}) hold no messages and are passed over.
 *
 * <p>Messages read from a WARC say so: {@code source.format} is {@code warc}, {@code source.path}
 * the WARC file and {@code source.url} the record's target URI; a record holding one message (a
 * page) gives that URI as the message {@code url} where the page parser found none. Problems name
 * the WARC file, the record number and the URI. A torn last record gives a problem, never garbage.
 */
public final class WarcParser implements ArchiveParser {

    /** The most one record's payload may hold. */
    static final long MAX_PAYLOAD = 128L << 20;

    /** A URI's query and fragment. */
    private static final Pattern URI_TAIL = Pattern.compile("[?#].*$", Pattern.DOTALL);

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        return input.headText().startsWith("WARC/");
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException {
        int number = 0;
        try (InputStream in = input.open(); WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (ParsingException | java.io.EOFException e) {
                    sink.problem(new Problem(input.name() + "#" + (number + 1),
                            "torn or unreadable WARC record (" + e.getMessage() + "); the rest of the file skipped"));
                    return;
                }
                if (next.isEmpty()) return;
                number++;
                WarcRecord record = next.get();
                String where = input.name() + "#" + number;
                try {
                    readRecord(input, record, where, sink);
                } catch (ParsingException | java.io.EOFException e) {
                    sink.problem(new Problem(where, "torn WARC record (" + e.getMessage() + "); skipped"));
                    return;
                }
            }
        }
    }

    private void readRecord(Input warc, WarcRecord record, String where, Sink sink) throws IOException {
        String target;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            target = response.target();
            int status = response.http().status();
            if (status < 200 || status >= 300) {
                return; // a 304, 404 or 503 a crawler recorded faithfully: no archive, and no fault of the WARC
            }
            body = response.http().bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            target = resource.target();
            body = resource.body();
        } else {
            return; // warcinfo, request, metadata, revisit: no messages by definition
        }
        byte[] bytes;
        try (InputStream payload = body.stream()) {
            bytes = payload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PAYLOAD + 1));
        }
        if (bytes.length > MAX_PAYLOAD) {
            sink.problem(new Problem(where + " " + target, "payload larger than " + (MAX_PAYLOAD >> 20) + " MB; skipped"));
            return;
        }
        Input inner = Input.of(where + " " + target, target, bytes);
        ArchiveParser parser = Archives.parserFor(inner);
        if (parser == null || parser instanceof WarcParser) {
            if (bytes.length > 0 && !isCrawlHousekeeping(target)) {
                sink.problem(new Problem(where + " " + target, "not a recognised archive format; skipped"));
            }
            return;
        }
        Relabel relabel = new Relabel(warc, target, sink);
        Archives.read(inner, relabel);
        relabel.flush();
    }

    /** Passes what an inner parser read on, marked as read from the WARC. */
    private static final class Relabel implements Sink {
        private final Input warc;
        private final String target;
        private final Sink sink;
        private final List<Message> messages = new ArrayList<>();

        Relabel(Input warc, String target, Sink sink) {
            this.warc = warc;
            this.target = target;
            this.sink = sink;
        }

        @Override
        public void message(Message m) {
            messages.add(m);
        }

        @Override
        public void threadIndex(ThreadIndex index) {
            sink.threadIndex(index);
        }

        @Override
        public void problem(Problem problem) {
            sink.problem(problem);
        }

        void flush() {
            boolean onePage = messages.size() == 1;
            for (Message m : messages) {
                Message.Builder b = m.toBuilder().source(new Source(warc.name(), target, "warc"));
                if (onePage && m.url() == null) b.url(target);
                sink.message(b.build());
            }
        }
    }

    /**
     * The format of the file a copy's source holds: for a copy read from a WARC, the format its
     * target URI's file name names ({@code pipermail-html} for a page, {@code pipermail-txt} for a
     * month's {@code .txt} or {@code .txt.gz}, {@code mbox}); for any other copy, its own format. So
     * that a message read from a crawl's WARC ranks its copies (a page above the text archive, whose
     * letters outside ASCII pipermail wrote as {@code ?}) as when the mirror of the same crawl is read.
     */
    static String heldFormat(Source source) {
        if (!"warc".equals(source.format()) || source.url() == null) return source.format();
        String name = URI_TAIL.matcher(source.url()).replaceFirst("").toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".html") || name.endsWith(".htm")) return "pipermail-html";
        if (name.endsWith(".txt")) return "pipermail-txt";
        if (name.endsWith(".mbox")) return "mbox";
        return source.format();
    }

    /** Files every crawl fetches that are not archives by design (robots.txt), so not a problem. */
    private static boolean isCrawlHousekeeping(String target) {
        return target != null && target.endsWith("/robots.txt");
    }
}
