package dev.sbirenrich.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * A directory of snapshots, one sub-directory per snapshot id. A snapshot is built in a hidden
 * directory and published by an atomic rename, so a reader never sees a partial one; when two
 * builds of the same id race, the first rename wins and the other build is discarded.
 */
public final class ReferenceStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String BUILDING = ".building-";

    private final Path root;

    public ReferenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code $SBIR_ENRICH_REFERENCE_STORE}, else {@code ~/.cache/sbir-enrich/reference}. */
    public static Path defaultRoot() {
        String configured = System.getenv("SBIR_ENRICH_REFERENCE_STORE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "sbir-enrich", "reference");
    }

    public Path root() {
        return root;
    }

    /** A snapshot for {@code input}, and whether it was already there. */
    public record Ensured(SnapshotDescriptor descriptor, SnapshotManifest manifest, boolean reused) {}

    /**
     * The snapshot of {@code input}: the stored one when the store has it, else built now with
     * {@code threads} workers and published.
     */
    public Ensured ensure(ReferenceInput input, int threads, LongConsumer rowsRead) throws IOException {
        SnapshotId.Content content = SnapshotId.compute(input);
        String id = content.id();
        Path dir = root.resolve(id);
        if (Files.isRegularFile(dir.resolve(SnapshotFormat.MANIFEST))) {
            SnapshotManifest stored = ReferenceSnapshot.readManifest(dir);
            return new Ensured(descriptor(dir, stored), stored, true);
        }
        Files.createDirectories(root);
        Path building = Files.createTempDirectory(root, BUILDING + id + "-");
        try {
            SnapshotManifest manifest = new SnapshotBuilder(input, threads, rowsRead).build(id, building);
            manifest.inputSha256 = content.fileSha256();
            JSON.writeValue(building.resolve(SnapshotFormat.MANIFEST).toFile(), manifest);
            readableByAll(building);
            try {
                Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the reference store " + root + " cannot rename atomically", e);
            } catch (FileSystemException e) {
                // Another build of the same input was published first (Linux reports the taken
                // name as "Directory not empty"): use that one.
                if (!Files.isRegularFile(dir.resolve(SnapshotFormat.MANIFEST))) {
                    throw e;
                }
                SnapshotManifest published = ReferenceSnapshot.readManifest(dir);
                return new Ensured(descriptor(dir, published), published, true);
            }
            return new Ensured(descriptor(dir, manifest), manifest, false);
        } finally {
            deleteTree(building);
        }
    }

    /**
     * A temporary directory is its owner's only: TaskManagers running as another user must be able
     * to read the published snapshot, as they read checkpoints.
     */
    private static void readableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static SnapshotDescriptor descriptor(Path dir, SnapshotManifest manifest) {
        return new SnapshotDescriptor(manifest.id, dir.toString(), manifest.rows, manifest.checksum);
    }

    /** The published snapshots, newest first. */
    public List<SnapshotManifest> list() throws IOException {
        List<SnapshotManifest> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!dir.getFileName().toString().startsWith(".")
                        && Files.isRegularFile(dir.resolve(SnapshotFormat.MANIFEST))) {
                    found.add(ReferenceSnapshot.readManifest(dir));
                }
            }
        }
        found.sort(Comparator.comparing((SnapshotManifest m) -> m.createdAt).reversed());
        return found;
    }

    /**
     * Deletes all but the newest {@code keep} snapshots, sparing those in {@code pinned}, and the
     * leftovers of builds that a crash interrupted (a day old: a build may be running now); returns
     * the ids deleted.
     */
    public List<String> prune(int keep, Set<String> pinned) throws IOException {
        List<String> deleted = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> dirs = Files.list(root)) {
                Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
                for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(BUILDING)).toList()) {
                    if (Files.getLastModifiedTime(dir).toInstant().isBefore(dayAgo)) {
                        deleteTree(dir);
                    }
                }
            }
        }
        List<SnapshotManifest> all = list();
        for (int i = keep; i < all.size(); i++) {
            String id = all.get(i).id;
            if (!pinned.contains(id)) {
                deleteTree(root.resolve(id));
                deleted.add(id);
            }
        }
        return deleted;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
