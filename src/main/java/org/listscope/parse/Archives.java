package org.listscope.parse;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.listscope.model.Problem;

/**
 * The front door of parsing: walks paths, recognises each input's format by content and hands it to
 * the parser for that format. Every failure becomes a {@link Problem} naming the input; the rest of
 * the batch goes on.
 */
public final class Archives {

    private Archives() {
    }

    /**
     * Every file below the given paths (folders walked recursively; hidden files and files in hidden
     * folders, such as a crawl's {@code .crawl/} bookkeeping or {@code .git/}, skipped, and so is the
     * crawler's bookkeeping in a folder given to read, {@code .crawl} or {@code .crawl/warc}, see
     * {@link CrawlerFiles}), sorted.
     * Symbolic links are followed, a given folder's own included; a file reached twice (through a
     * link to a folder walked anyway) is listed once, and a link back to a folder being walked is
     * not followed. A subfolder or file that cannot be read is a problem naming it; the rest of the
     * folder is listed.
     */
    public static List<Input> inputs(List<Path> paths, Sink problems) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.problem(new Problem(p.toString(), "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                CrawlMirror mirror = CrawlMirror.around(p);
                for (Path f : files(p, problems)) out.add(of(f, mirror));
            } else {
                out.add(of(p, CrawlMirror.around(p)));
            }
        }
        return out;
    }

    /** A local file as an input, with the URL a crawl fetched it from where it lies in a crawl's mirror. */
    private static Input of(Path file, CrawlMirror mirror) {
        String url = mirror == null ? null : mirror.pageUrl(file);
        return url == null ? Input.of(file) : Input.of(file).withPageUrl(url);
    }

    /** The regular files below a folder, sorted, each file once. */
    private static List<Path> files(Path root, Sink problems) {
        Map<Path, Object> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile() && !CrawlerFiles.bookkeeping(file)) {
                        found.put(file, attrs.fileKey());
                    } else if (attrs.isSymbolicLink()) {
                        // a link is seen as itself only when its target cannot be reached
                        problems.problem(new Problem(file.toString(), "broken symbolic link (its target is missing)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a loop leads back to a folder whose files are being listed anyway
                    if (!(e instanceof FileSystemLoopException) && !hidden(file)) {
                        String what = Files.isDirectory(file) ? "cannot list folder: " : "cannot read: ";
                        problems.problem(new Problem(file.toString(), what + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) problems.problem(new Problem(dir.toString(), "cannot list folder: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                private boolean hidden(Path p) {
                    return Archives.hidden(root.relativize(p));
                }
            });
        } catch (IOException e) {
            problems.problem(new Problem(root.toString(), "cannot list folder: " + reason(e)));
        } catch (UncheckedIOException e) {
            problems.problem(new Problem(root.toString(), "cannot list folder: " + reason(e.getCause())));
        }
        List<Path> out = new ArrayList<>(found.size());
        Set<Object> seen = new HashSet<>();
        for (Map.Entry<Path, Object> e : found.entrySet()) {
            if (e.getValue() == null || seen.add(e.getValue())) out.add(e.getKey());
        }
        return out;
    }

    /** What went wrong with a file, without the path a problem names already ("permission denied"). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file (gone since it was listed)";
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /**
     * Reads every input below the given paths into one batch of distinct messages, with thread
     * indexes and problems.
     */
    public static org.listscope.model.Batch readBatch(List<Path> paths) {
        return BatchReader.read(paths);
    }

    /** Reads every input below the given paths into the sink. */
    public static void read(List<Path> paths, Sink sink) {
        for (Input in : inputs(paths, sink)) {
            read(in, sink);
        }
    }

    /**
     * Reads one input into the sink. Returns whether it was read; when not, a problem naming the
     * input says why.
     */
    public static boolean read(Input in, Sink sink) {
        try {
            ArchiveParser parser = parserFor(in);
            if (parser == null) {
                sink.problem(new Problem(in.name(), describeUnknown(in)));
                return false;
            }
            String page = in.pageUrl();
            parser.parse(in, page == null ? sink : sink.changing(m -> m.url() == null ? m.withUrl(page) : m));
            return true;
        } catch (ParseException e) {
            sink.problem(new Problem(in.name(), e.getMessage()));
        } catch (EOFException | ZipException e) {
            sink.problem(new Problem(in.name(), "truncated or corrupt compressed data: " + e.getMessage()));
        } catch (IOException e) {
            sink.problem(new Problem(in.name(), "cannot read: " + reason(e)));
        } catch (UncheckedIOException e) {
            sink.problem(new Problem(in.name(), "cannot read: " + reason(e.getCause())));
        } catch (RuntimeException e) {
            sink.problem(new Problem(in.name(), "unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
        return false;
    }

    /** The parser that reads this input, or {@code null} when none does. */
    public static ArchiveParser parserFor(Input in) throws IOException {
        if (in.head().length == 0) {
            return null;
        }
        for (ArchiveParser p : Parsers.all()) {
            if (p.accepts(in)) {
                return p;
            }
        }
        return null;
    }

    private static String describeUnknown(Input in) throws IOException {
        byte[] head = in.head();
        if (head.length == 0) {
            return "empty file";
        }
        if (head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
            return "wide-character text (UTF-16, by its byte-order mark), not read; convert it to UTF-8";
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 9 || (c > 13 && c < 32)) control++;
        }
        if (control > head.length / 20) {
            return "binary data, not a mail archive";
        }
        return "not a recognised archive format (no pipermail or Hypermail message page, rendering, mbox or text archive markers)";
    }
}
