package dev.sbirenrich.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which snapshots savepoints and checkpoints still name. A job's broadcast state holds its
 * snapshot descriptor, and Flink keeps state this small inline in the {@code _metadata} file, where
 * the id stands as plain ASCII: a snapshot is pinned when its id occurs in any such file.
 */
public final class SavepointPins {
    private static final String METADATA = "_metadata";

    private SavepointPins() {}

    public static Set<String> find(Collection<Path> roots, List<SnapshotManifest> snapshots) throws IOException {
        Set<String> pinned = new HashSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IOException("savepoint directory not found: " + root);
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path metadata : files.filter(f -> f.getFileName().toString().equals(METADATA)).toList()) {
                    String content = new String(Files.readAllBytes(metadata), StandardCharsets.ISO_8859_1);
                    for (SnapshotManifest snapshot : snapshots) {
                        if (content.contains(snapshot.id)) {
                            pinned.add(snapshot.id);
                        }
                    }
                }
            }
        }
        return pinned;
    }
}
