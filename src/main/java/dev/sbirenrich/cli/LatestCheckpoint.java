package dev.sbirenrich.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;

/** The newest completed checkpoint of a job in a local checkpoint directory: the place to resume from. */
final class LatestCheckpoint {
    private LatestCheckpoint() {}

    /** {@code <dir>/<job>/chk-N} with the highest N holding {@code _metadata}; null if none or not local. */
    static String under(String checkpointDir, JobID job) {
        URI uri = URI.create(checkpointDir);
        if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
            return null;
        }
        Path jobDir = (uri.getScheme() == null ? Path.of(checkpointDir) : Path.of(uri)).resolve(job.toHexString());
        try (Stream<Path> dirs = Files.list(jobDir)) {
            return dirs.filter(d -> d.getFileName().toString().matches("chk-\\d+"))
                    .filter(d -> Files.isRegularFile(d.resolve("_metadata")))
                    .max(Comparator.comparingLong(d -> Long.parseLong(d.getFileName().toString().substring(4))))
                    .map(Path::toString)
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
