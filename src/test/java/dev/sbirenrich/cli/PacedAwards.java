package dev.sbirenrich.cli;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.pipeline.FailingSource;
import dev.sbirenrich.pipeline.FileSources;
import dev.sbirenrich.pipeline.PacedSource;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.file.src.FileSource;
import picocli.CommandLine.Option;

/** The awards files of a command, paced and, when asked, failing once: the options of the test entry points. */
final class PacedAwards implements AwardsSource {
    @Option(names = "--awards-per-second", required = true, paramLabel = "N",
            description = "Each source reader emits at most N awards a second (a file is read by one reader).")
    double awardsPerSecond;

    @Option(names = "--fail-after-awards", paramLabel = "N",
            description = "The first attempt of each source reader fails once it has emitted N awards.")
    Long failAfterAwards;

    @Override
    public Source<Award, ?, ?> of(List<String> paths, Duration monitorInterval) {
        FileSource<Award> files = FileSources.awards(paths, monitorInterval);
        return failAfterAwards == null ? new PacedSource<>(files, awardsPerSecond)
                : new PacedSource<>(new FailingSource<>(files, failAfterAwards), awardsPerSecond);
    }
}
