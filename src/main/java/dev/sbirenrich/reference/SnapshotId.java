package dev.sbirenrich.reference;

import dev.sbirenrich.io.InputFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A snapshot's id: SHA-256 over everything that decides its content. That is the recipients' bytes
 * (each file's own SHA-256, which the manifest keeps, so a run names its inputs without reading
 * them again) and file names (rows carry their file name), the input format and column map, the snapshot format
 * version, and the code that reads, normalizes, keys and encodes rows: the compiled classes of the
 * {@code io}, {@code matching} and {@code reference} packages. Any change to that code gives new
 * ids, so a changed normalizer can never reuse a stale index (a change to comments alone may too,
 * through line numbers: a rebuild, never a wrong answer).
 */
public final class SnapshotId {
    static final List<String> CODE_PACKAGES = List.of("dev/sbirenrich/io/", "dev/sbirenrich/matching/",
            "dev/sbirenrich/reference/");
    /** The replaced pipeline's matcher: a tool beside matching, left out of the job jar, never used by a build. */
    private static final String LEGACY_MATCHER = "dev/sbirenrich/matching/legacy/";
    private static final int ID_HEX_CHARS = 24;
    private static volatile byte[] codeFingerprint;

    private SnapshotId() {}

    public static String of(ReferenceInput input) throws IOException {
        return compute(input).id();
    }

    /** A snapshot's id, and the SHA-256 of each input file it was taken over (hex, in file order). */
    record Content(String id, List<String> fileSha256) {}

    static Content compute(ReferenceInput input) throws IOException {
        MessageDigest digest = sha256();
        text(digest, "sbir-enrich reference snapshot v" + SnapshotFormat.VERSION);
        digest.update(code());
        text(digest, input.format());
        if (input.columns() != null) {
            text(digest, String.join(",", input.columns().names()));
        }
        List<String> files = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        for (Path file : input.files()) {
            MessageDigest content = sha256();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                while (channel.read(buffer) >= 0) {
                    buffer.flip();
                    content.update(buffer);
                    buffer.clear();
                }
            } catch (IOException e) {
                throw InputFailure.isDeterministic(e) ? InputFailure.describe(SnapshotBuilder.name(file), e) : e;
            }
            String sha256 = HexFormat.of().formatHex(content.digest());
            files.add(sha256);
            text(digest, file.getFileName().toString());
            text(digest, sha256);
        }
        return new Content(HexFormat.of().formatHex(digest.digest()).substring(0, ID_HEX_CHARS), List.copyOf(files));
    }

    /** SHA-256 of the code packages' class files, in name order; computed once per process. */
    static byte[] code() {
        byte[] fingerprint = codeFingerprint;
        if (fingerprint == null) {
            fingerprint = classFingerprint();
            codeFingerprint = fingerprint;
        }
        return fingerprint;
    }

    private static byte[] classFingerprint() {
        try {
            return classFingerprint(Path.of(SnapshotId.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * SHA-256 of the code packages' class files under {@code location}, a classes directory or a jar:
     * the same for both forms of one build, so the job on a cluster and the command line agree.
     */
    static byte[] classFingerprint(Path location) {
        try {
            MessageDigest digest = sha256();
            if (Files.isDirectory(location)) {
                List<Path> classes = new ArrayList<>();
                for (String pkg : CODE_PACKAGES) {
                    Path dir = location.resolve(pkg);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> walk = Files.walk(dir)) {
                            walk.filter(p -> p.toString().endsWith(".class")
                                    && !location.relativize(p).toString().startsWith(LEGACY_MATCHER))
                                    .forEach(classes::add);
                        }
                    }
                }
                classes.sort(null);
                for (Path file : classes) {
                    text(digest, location.relativize(file).toString());
                    digest.update(Files.readAllBytes(file));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<String> names = jar.stream().map(e -> e.getName())
                            .filter(n -> n.endsWith(".class") && CODE_PACKAGES.stream().anyMatch(n::startsWith)
                                    && !n.startsWith(LEGACY_MATCHER))
                            .sorted().toList();
                    for (String name : names) {
                        text(digest, name);
                        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            return digest.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the snapshot code", e);
        }
    }

    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
