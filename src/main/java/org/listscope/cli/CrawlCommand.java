package org.listscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.listscope.crawl.CrawlListener;
import org.listscope.crawl.CrawlReport;
import org.listscope.crawl.CrawlSettings;
import org.listscope.crawl.Crawler;
import org.listscope.crawl.Scope;
import org.listscope.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code listscope crawl URL --out DIR}: politely fetches a pipermail archive into a folder. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Politely fetch a pipermail archive (list page or one month: month indexes, message pages, "
                + ".txt.gz) into DIR as a mirror of the URL paths, with a WARC file of every request and response and a "
                + "manifest in DIR/.crawl/. Run it again to update or to resume: unchanged months are not fetched again.",
                "Exit 0 when every reachable page was fetched (or the crawl stopped at --max-pages, as asked), "
                        + "1 when some failed for good, 2 on a usage error."})
final class CrawlCommand implements Callable<Integer> {

    /** How many skipped or failed URLs are listed on stderr before the rest is left to report.json. */
    private static final int LIST_AT_MOST = 25;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The list's pipermail page (…/pipermail/LIST/) or one month (…/LIST/2005-March/).")
    String url;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to; a later run goes on from what it holds.")
    Path out;

    @Option(names = "--delay", defaultValue = "1", paramLabel = "S", description = "Seconds between requests to the host (default ${DEFAULT-VALUE}); a larger robots.txt Crawl-delay wins.")
    double delay;

    @Option(names = "--concurrency", defaultValue = "2", paramLabel = "N", description = "Requests in flight at most (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--contact", paramLabel = "EMAIL", description = "An address or URL for the User-Agent, so that site owners can reach you.")
    String contact;

    @Option(names = "--max-pages", defaultValue = "0", paramLabel = "N", description = "Stop after N page requests (0: no limit); run again to go on.")
    int maxPages;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "S", description = "Seconds to wait for a whole response (default ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--retries", defaultValue = "4", paramLabel = "N", description = "Retries of a URL on 408, 429, 5xx, timeouts and broken connections (default ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", defaultValue = "2", paramLabel = "S", description = "Seconds before the first retry, doubled for each further one (default ${DEFAULT-VALUE}).")
    double backoff;

    @Option(names = "--max-backoff", defaultValue = "300", paramLabel = "S", description = "The longest wait before a retry; a longer Retry-After fails the URL (default ${DEFAULT-VALUE}).")
    double maxBackoff;

    @Option(names = "--max-size", defaultValue = "50", paramLabel = "MB", description = "Largest response accepted, in MB (default ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--max-inflated", defaultValue = "1024", paramLabel = "MB", description = "Largest size a .gz may inflate to, in MB (default ${DEFAULT-VALUE}).")
    long maxInflatedMb;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when stderr is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        Scope scope;
        CrawlSettings settings;
        try {
            scope = Scope.of(url);
            settings = new CrawlSettings(seconds(delay, "--delay"), concurrency, contact, maxPages, seconds(timeout, "--timeout"),
                    retries + 1, seconds(backoff, "--backoff"), seconds(maxBackoff, "--max-backoff"), maxSizeMb << 20,
                    maxInflatedMb << 20, CrawlSettings.defaults().warcRotateBytes());
            if (retries < 0) throw new IllegalArgumentException("--retries must be 0 or more");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (contact == null) {
            err.println("listscope: crawl: no --contact given; site owners cannot reach you about this crawl");
        }
        boolean bar = progress != null ? progress : Terminals.stderr();
        CrawlReport report;
        try (CrawlProgress p = bar ? CrawlProgress.start() : null) {
            report = Crawler.crawl(scope, out, settings, p == null ? CrawlListener.NONE : p);
        }
        print(report, err);
        return report.succeeded() ? Root.OK : Root.FAILURE;
    }

    private void print(CrawlReport report, PrintWriter err) {
        for (String note : report.notes()) err.println("listscope: crawl: note: " + note);
        List<String> disallowed = report.disallowed();
        for (int i = 0; i < Math.min(LIST_AT_MOST, disallowed.size()); i++) {
            err.println("listscope: crawl: skipped, robots.txt disallows it: " + disallowed.get(i));
        }
        List<Problem> failures = report.failures();
        for (int i = 0; i < Math.min(LIST_AT_MOST, failures.size()); i++) {
            err.println("listscope: crawl: failed: " + failures.get(i));
        }
        if (disallowed.size() > LIST_AT_MOST || failures.size() > LIST_AT_MOST) {
            err.println("listscope: crawl: the whole list is in " + out.resolve(Crawler.STATE_DIR).resolve("report.json"));
        }
        err.println("listscope: crawl: " + report.summary() + "; in " + out);
        err.flush();
    }

    private static Duration seconds(double s, String option) {
        if (Double.isNaN(s) || s < 0 || s > 86_400) throw new IllegalArgumentException(option + " must be between 0 and 86400 seconds");
        return Duration.ofNanos((long) (s * 1e9));
    }
}
