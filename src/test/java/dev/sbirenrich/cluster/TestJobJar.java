package dev.sbirenrich.cluster;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A copy of the job jar whose entry point is a class of the test tree: the jar's classes and
 * bundled dependencies, plus the entry point and the test classes it reaches, with the entry point
 * as Main-Class, so that `flink run` and the REST API start it as they start the job.
 */
final class TestJobJar {
    private static final Path TEST_CLASSES = LocalFlinkCluster.PROJECT.resolve("target/test-classes");

    private TestJobJar() {}

    static Path build(Path jobJar, Class<?> entryPoint, Path target) throws IOException {
        try (JarFile job = new JarFile(jobJar.toFile())) {
            Manifest manifest = job.getManifest();
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, entryPoint.getName());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry : Collections.list(job.entries())) {
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = job.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                for (String classFile : testClassesReachedFrom(entryPoint)) {
                    out.putNextEntry(new JarEntry(classFile));
                    Files.copy(TEST_CLASSES.resolve(classFile), out);
                }
            }
        }
        return target;
    }

    /** The class files of the test tree that {@code entryPoint} depends on, directly or not, its own included. */
    private static Set<String> testClassesReachedFrom(Class<?> entryPoint) {
        JavaClasses tests = new ClassFileImporter().importPath(TEST_CLASSES);
        Set<String> reached = new TreeSet<>();
        Deque<JavaClass> next = new ArrayDeque<>();
        next.push(tests.get(entryPoint));
        while (!next.isEmpty()) {
            JavaClass current = next.pop();
            if (!reached.add(current.getName().replace('.', '/') + ".class")) {
                continue;
            }
            for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
                String name = dependency.getTargetClass().getBaseComponentType().getName();
                if (tests.contain(name)) {
                    next.push(tests.get(name));
                }
            }
        }
        return reached;
    }
}
