package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot id covers the code that decides a snapshot's content: a change to the reading,
 * matching or reference classes gives new ids, so a changed normalizer never reuses a stale index.
 * Each variant of the code is a copy of the compiled classes, loaded in a class loader of its own.
 */
class SnapshotIdTest {
    private static final Path CLASSES = Path.of(SnapshotId.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath());

    @TempDir
    Path temp;

    private Path dump;

    @BeforeEach
    void writeDump() throws IOException {
        dump = Dumps.csv(temp.resolve("recipients.csv"), List.of(Dumps.row("ACME ROBOTICS LLC", "ACMEROBO0001", "CA")));
    }

    @Test
    void theSameCodeGivesTheSameFingerprintAndId() throws Exception {
        Path copy = copyOfTheClasses("same");
        assertThat(fingerprint(copy)).isEqualTo(fingerprint(copyOfTheClasses("again")));
        assertThat(id(copy)).isEqualTo(id(copyOfTheClasses("once-more")));
    }

    @Test
    void aChangedMatchingClassGivesAnotherFingerprintAndId() throws Exception {
        Path original = copyOfTheClasses("original");
        Path changed = copyOfTheClasses("changed");
        appendByte(changed.resolve("dev/sbirenrich/matching/NameNormalizer.class"));

        assertThat(fingerprint(changed)).isNotEqualTo(fingerprint(original));
        assertThat(id(changed)).isNotEqualTo(id(original));
    }

    @Test
    void aNewClassInTheIoOrReferencePackagesCountsToo() throws Exception {
        Path original = copyOfTheClasses("original");
        Path io = copyOfTheClasses("io");
        Files.write(io.resolve("dev/sbirenrich/io/NewReader.class"), new byte[] {1, 2, 3});
        Path reference = copyOfTheClasses("reference");
        Files.write(reference.resolve("dev/sbirenrich/reference/NewIndex.class"), new byte[] {1, 2, 3});

        assertThat(fingerprint(io)).isNotEqualTo(fingerprint(original));
        assertThat(fingerprint(reference)).isNotEqualTo(fingerprint(original)).isNotEqualTo(fingerprint(io));
    }

    @Test
    void codeOutsideTheSnapshotsPackagesDoesNotCount() throws Exception {
        Path original = copyOfTheClasses("original");
        Path changed = copyOfTheClasses("changed");
        appendByte(changed.resolve("dev/sbirenrich/pipeline/SnapshotEnrichment.class"));
        appendByte(changed.resolve("dev/sbirenrich/cli/SbirEnrich.class"));

        assertThat(fingerprint(changed)).isEqualTo(fingerprint(original));
        assertThat(id(changed)).isEqualTo(id(original));
    }

    @Test
    void theJobJarAndTheClassDirectoryOfTheSameCodeAgree() throws Exception {
        // A local run (target/classes) and a cluster job (the shaded jar) share one store.
        Path classes = copyOfTheClasses("classes");
        Path jar = jarOf(classes, temp.resolve("job.jar"));
        assertThat(fingerprint(jar)).isEqualTo(fingerprint(classes));
        assertThat(id(jar)).isEqualTo(id(classes));
    }

    @Test
    void thisProcessFingerprintsItsOwnClasses() throws Exception {
        assertThat(SnapshotId.code()).isEqualTo(fingerprint(CLASSES)).hasSize(32);
    }

    /** The compiled main classes, copied (only the packages the tests touch matter, all are copied). */
    private Path copyOfTheClasses(String name) throws IOException {
        Path target = temp.resolve(name);
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev"))) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(CLASSES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = classes.relativize(file).toString();
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void appendByte(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(0);
        }
    }

    private static byte[] fingerprint(Path code) throws Exception {
        try (URLClassLoader loader = isolated(code)) {
            Method code_ = loader.loadClass(SnapshotId.class.getName()).getDeclaredMethod("code");
            code_.setAccessible(true);
            return (byte[]) code_.invoke(null);
        }
    }

    private String id(Path code) throws Exception {
        try (URLClassLoader loader = isolated(code)) {
            Class<?> input = loader.loadClass(ReferenceInput.class.getName());
            Class<?> columns = loader.loadClass("dev.sbirenrich.io.RecipientColumns");
            Object csv = input.getConstructor(List.class, columns).newInstance(List.of(dump), null);
            return (String) loader.loadClass(SnapshotId.class.getName()).getMethod("of", input).invoke(null, csv);
        }
    }

    /** Loads this project's classes from {@code code} only; libraries from the test's class path. */
    private static URLClassLoader isolated(Path code) throws IOException {
        ClassLoader withoutProjectClasses = new ClassLoader(SnapshotIdTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("dev.sbirenrich.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        return new URLClassLoader(new URL[] {code.toUri().toURL()}, withoutProjectClasses);
    }
}
