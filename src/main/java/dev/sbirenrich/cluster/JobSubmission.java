package dev.sbirenrich.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One submission of the job jar over REST: upload, run (detached: the job's main only builds and
 * submits the job graph), then remove the uploaded copy, which the running job no longer needs.
 */
public final class JobSubmission {
    /** The shaded job jar the build makes ({@code mvn -DskipTests package}). */
    static final String JOB_JAR = "target/sbir-enrich-job.jar";

    private JobSubmission() {}

    /** Returns the job id. {@code savepoint} null starts from scratch. */
    public static String submit(FlinkRestClient client, Path jar, List<String> jobArguments, String savepoint,
            boolean allowNonRestoredState) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("job jar not found: " + jar + " (build it with: mvn -DskipTests package)");
        }
        String jarId = client.uploadJar(jar);
        try {
            return client.runJar(jarId, jobArguments, savepoint, allowNonRestoredState);
        } finally {
            client.deleteJar(jarId);
        }
    }

    /** The jar under the project home the launcher passes, else under the working directory. */
    public static Path defaultJar() {
        String home = System.getProperty("sbir.enrich.home");
        return home == null ? Path.of(JOB_JAR) : Path.of(home).resolve(JOB_JAR);
    }

    public static void report(PrintStream out, FlinkRestClient client, String jobId) {
        out.printf("Submitted job %s%n", jobId);
        out.printf("Web UI: %s/#/job/running/%s/overview%n", client.base(), jobId);
    }
}
