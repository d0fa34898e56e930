package dev.sbirenrich.cli;

import dev.sbirenrich.model.Award;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.connector.source.Source;

/** Makes the source of a job's awards from its awards paths; the commands read the files ({@code FileSources::awards}). */
@FunctionalInterface
interface AwardsSource {
    /** @param monitorInterval how often the paths are re-scanned for new files; zero reads them once */
    Source<Award, ?, ?> of(List<String> paths, Duration monitorInterval);
}
