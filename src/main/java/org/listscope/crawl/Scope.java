package org.listscope.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a crawl may fetch: http(s) URLs on one host and port, below the list root's path, and, when
 * the crawl started from one month, only that month. Also knows the shape of pipermail URLs, which
 * the W3C's Hypermail archives share ({@link #kind(URI)}, {@link #month(URI)}).
 */
public final class Scope {

    /**
     * Archive volume names: pipermail's monthly, quarterly, yearly, weekly and daily ones, and the
     * W3C Hypermail archives' periods ({@code 2020AprJun}, {@code 2013Jan}).
     */
    private static final Pattern VOLUME = Pattern.compile(
            "\\d{4}-[A-Za-z]+|\\d{4}q\\d|\\d{4}|Week-of-Mon-\\d{8}|\\d{8}|\\d{4}[A-Z][a-z]{2}(?:[A-Z][a-z]{2})?");
    private static final Pattern INDEX_PAGE = Pattern.compile("(?:index|thread|date|subject|author)\\.html");
    private static final Pattern MESSAGE_PAGE = Pattern.compile("\\d+\\.html");

    private final URI start;
    private final String scheme;
    private final String host;
    private final int port;
    private final String root;
    private final String month;

    private Scope(URI start, String root, String month) {
        this.start = start;
        this.scheme = start.getScheme().toLowerCase(Locale.ROOT);
        this.host = start.getHost().toLowerCase(Locale.ROOT);
        this.port = effectivePort(start);
        this.root = root;
        this.month = month;
    }

    /**
     * The scope of a crawl that starts at {@code url}: a list root ({@code .../listname/} or its
     * {@code index.html}) or one month ({@code .../listname/2005-March/} or one of its indexes).
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host
     */
    public static Scope of(String url) {
        URI u;
        try {
            u = new URI(url.trim()).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url + " (" + e.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs can be crawled: " + url);
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String dir = path.endsWith("/") ? path : isFileName(lastSegment(path)) ? path.substring(0, path.lastIndexOf('/') + 1) : path + "/";
        String last = lastSegment(dir.substring(0, dir.length() - 1));
        if (VOLUME.matcher(last).matches()) {
            String parent = dir.substring(0, dir.length() - last.length() - 1);
            URI start = path.equals(dir) || !isFileName(lastSegment(path)) ? withPath(u, dir) : withPath(u, path);
            return new Scope(start, parent, last);
        }
        URI start = path.equals(dir) || !isFileName(lastSegment(path)) ? withPath(u, dir) : withPath(u, path);
        return new Scope(start, dir, null);
    }

    /** The URL the crawl starts from (a folder URL always ends with {@code /}). */
    public URI start() {
        return start;
    }

    /** The list root, {@code http://host/pipermail/listname/}. */
    public URI root() {
        return withPath(start, root);
    }

    /** The one month this crawl is limited to, if it started from a month. */
    public Optional<String> onlyMonth() {
        return Optional.ofNullable(month);
    }

    /** The host, with the port where it is not the scheme's default, as in {@code Host:} headers. */
    public String hostKey() {
        return host + (start.getPort() == -1 ? "" : ":" + start.getPort());
    }

    /** The site's robots.txt. */
    public URI robotsTxt() {
        return withPath(start, "/robots.txt");
    }

    /** Whether the URL may be fetched: same scheme, host and port, below the root, in the month. */
    public boolean contains(URI u) {
        if (u == null || u.getScheme() == null || u.getHost() == null || u.isOpaque()) return false;
        if (!u.getScheme().equalsIgnoreCase(scheme) || !u.getHost().equalsIgnoreCase(host) || effectivePort(u) != port) {
            return false;
        }
        if (u.getRawUserInfo() != null) return false;
        String p = u.getRawPath();
        if (p == null || !p.startsWith(root) || p.contains("/../") || p.endsWith("/..")) return false;
        return month == null || month.equals(month(u).orElse(null));
    }

    /** The kind of an in-scope URL; {@link PageKind#OTHER} for anything not recognised. */
    public PageKind kind(URI u) {
        String rest = rest(u);
        if (rest == null) return PageKind.OTHER;
        if (rest.isEmpty() || rest.equals("index.html")) return PageKind.LIST_INDEX;
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return rest.endsWith(".txt.gz") || rest.endsWith(".txt") ? PageKind.MONTH_ARCHIVE : PageKind.OTHER;
        }
        String vol = rest.substring(0, slash);
        String file = rest.substring(slash + 1);
        if (!VOLUME.matcher(vol).matches() || file.contains("/")) return PageKind.OTHER; // attachments/, a Hypermail list's mboxes/
        if (file.isEmpty() || INDEX_PAGE.matcher(file).matches()) return PageKind.MONTH_INDEX;
        if (MESSAGE_PAGE.matcher(file).matches()) return PageKind.MESSAGE;
        return PageKind.OTHER;
    }

    /** The archive volume (month) a URL belongs to: {@code 2005-March}. */
    public Optional<String> month(URI u) {
        String rest = rest(u);
        if (rest == null || rest.isEmpty()) return Optional.empty();
        int slash = rest.indexOf('/');
        if (slash > 0) return Optional.of(rest.substring(0, slash));
        if (rest.endsWith(".txt.gz")) return Optional.of(rest.substring(0, rest.length() - 7));
        if (rest.endsWith(".txt")) return Optional.of(rest.substring(0, rest.length() - 4));
        return Optional.empty();
    }

    /** A link as the crawler keeps it: resolved, normalised, without fragment; empty when unusable. */
    public static Optional<URI> normalize(URI base, String href) {
        if (href == null) return Optional.empty();
        String h = href.trim();
        if (h.isEmpty() || h.startsWith("#")) return Optional.empty();
        try {
            URI u = base.resolve(new URI(h.replace(" ", "%20"))).normalize();
            if (u.getScheme() == null || u.getHost() == null) return Optional.empty();
            String s = u.toString();
            int hash = s.indexOf('#');
            return Optional.of(URI.create(hash >= 0 ? s.substring(0, hash) : s));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String rest(URI u) {
        if (!sameSite(u)) return null;
        String p = u.getRawPath();
        if (p == null || !p.startsWith(root)) return null;
        return p.substring(root.length());
    }

    private boolean sameSite(URI u) {
        return u != null && u.getHost() != null && u.getHost().equalsIgnoreCase(host) && effectivePort(u) == port
                && u.getScheme() != null && u.getScheme().equalsIgnoreCase(scheme);
    }

    private static boolean isFileName(String segment) {
        return segment.contains(".");
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static int effectivePort(URI u) {
        if (u.getPort() != -1) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static URI withPath(URI u, String rawPath) {
        return URI.create(u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority() + rawPath);
    }

    @Override
    public String toString() {
        return root() + (month == null ? "" : " (month " + month + ")");
    }
}
