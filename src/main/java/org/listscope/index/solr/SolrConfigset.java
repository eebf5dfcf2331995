package org.listscope.index.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The configset of a listscope collection: {@code schema.xml} (the local index's fields and analysis),
 * {@code elisions.txt} (the articles its English fields drop) and {@code solrconfig.xml} (the
 * listscope query parser as the default). Upload it to ZooKeeper
 * ({@code solr zk upconfig}) and create collections with it.
 */
public final class SolrConfigset {

    /** The files of the configset, as Solr names them. */
    public static final List<String> FILES = List.of("schema.xml", "solrconfig.xml", "elisions.txt");

    private SolrConfigset() {
    }

    /** Writes the configset's files into {@code dir} (made if missing), replacing files of the same names. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The text of one of the configset's files. */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        if (!FILES.contains(name)) throw new IllegalArgumentException("no configset file " + name);
        InputStream in = SolrConfigset.class.getResourceAsStream(name);
        if (in == null) throw new IOException("the jar lacks the configset file " + name);
        return in;
    }
}
