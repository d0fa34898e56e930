package dev.sbirenrich.peer;

import dev.sbirenrich.io.AwardCsvReader;
import dev.sbirenrich.io.Decompression;
import dev.sbirenrich.io.JsonLines;
import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.reference.OpenSnapshots;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceSnapshot;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotMatcher;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's own per-award code without Flink: the same reference store and snapshot, award reader,
 * keyer, {@link SnapshotMatcher} and JSON writer, on plain threads in one JVM. One thread reads and
 * keys the awards and deals them round robin to {@code --threads} matchers, as the job's source
 * deals them to its enrichment subtasks; each matcher writes its own part file. Beside the job in
 * the benchmark, it measures what Flink's runtime adds to the same work. Writes
 * {@code <output>/enriched/}, {@code <output>/rejected/} and its {@link PeerSummary}.
 */
@Command(name = "plain-java-peer", mixinStandardHelpOptions = true,
        description = "Enrich awards with the job's matching code on plain threads, without Flink (a benchmark contender).")
public final class PlainJavaEnrichment implements Callable<Integer> {
    private static final Award END = new Award();
    private static final int QUEUED_AWARDS = 1024;

    @Option(names = "--awards", required = true, paramLabel = "FILE", description = "SBIR awards CSV (.gz read as such).")
    Path awards;

    @Option(names = "--recipients", required = true, paramLabel = "FILE", description = "Recipients CSV export.")
    Path recipients;

    @Option(names = "--reference-store", required = true, paramLabel = "DIR",
            description = "Reference store: the snapshot is reused when there, else built.")
    Path store;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (created).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Matching threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    public static void main(String[] args) {
        System.exit(PeerCommandLine.of(new PlainJavaEnrichment()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--threads must be at least 1");
        }
        // Before the snapshot: a build takes a while, and the run would fail after it.
        for (Path file : List.of(awards, recipients)) {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
        }
        long start = System.nanoTime();
        PeerSummary summary = new PeerSummary();
        ReferenceStore.Ensured ensured = new ReferenceStore(store)
                .ensure(new ReferenceInput(List.of(recipients), null), Runtime.getRuntime().availableProcessors(), rows -> {});
        ReferenceSnapshot snapshot = OpenSnapshots.acquire(ensured.descriptor());
        summary.put("reference_snapshot", ensured.descriptor().id);
        summary.put("reference_reused", ensured.reused());
        summary.put("load_seconds", PeerSummary.seconds(start));

        long match = System.nanoTime();
        Files.createDirectories(output.resolve("enriched"));
        Files.createDirectories(output.resolve("rejected"));
        MatchingSettings settings = new MatchingSettings();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<BlockingQueue<Award>> queues = new ArrayList<>();
        List<Future<Long>> matchers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            BlockingQueue<Award> queue = new ArrayBlockingQueue<>(QUEUED_AWARDS);
            Path part = output.resolve("enriched").resolve("part-" + i + ".jsonl");
            SnapshotMatcher matcher = new SnapshotMatcher(snapshot, settings);
            queues.add(queue);
            matchers.add(pool.submit(() -> enrich(queue, matcher, ensured.descriptor().id, part)));
        }
        try {
            long[] read = read(queues);
            long enriched = 0;
            for (Future<Long> matcher : matchers) {
                enriched += matcher.get();
            }
            summary.put("awards_read", read[0]);
            summary.put("awards_enriched", enriched);
            summary.put("awards_rejected", read[1]);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
            OpenSnapshots.release(ensured.descriptor());
        }
        summary.put("match_and_write_seconds", PeerSummary.seconds(match));
        summary.put("total_seconds", PeerSummary.seconds(start));
        summary.put("threads", threads);
        summary.write(output);
        return 0;
    }

    /** Reads and keys every award, deals the readable ones out, then ends every queue; returns {read, rejected}. */
    private long[] read(List<BlockingQueue<Award>> queues) throws IOException, InterruptedException {
        long read = 0;
        long rejected = 0;
        try (InputStream in = Decompression.open(awards.toString(), Files.newInputStream(awards));
             AwardCsvReader reader = new AwardCsvReader(awards.toString(), in);
             OutputStream out = new BufferedOutputStream(
                     Files.newOutputStream(output.resolve("rejected").resolve("part-0.jsonl")))) {
            for (Award award = reader.next(); award != null; award = reader.next()) {
                read++;
                if (award.rejection != null) {
                    rejected++;
                    JsonLines.writeRejection(award.rejection, out);
                    continue;
                }
                award.keys = AwardKeyer.keysFor(award);
                queues.get((int) (read % queues.size())).put(award);
            }
        } finally {
            // Ended even when reading fails, so that no matcher waits forever.
            for (BlockingQueue<Award> queue : queues) {
                queue.put(END);
            }
        }
        return new long[] {read, rejected};
    }

    private static long enrich(BlockingQueue<Award> queue, SnapshotMatcher matcher, String reference, Path part)
            throws IOException, InterruptedException {
        long enriched = 0;
        boolean ended = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            for (Award award = queue.take(); award != END; award = queue.take()) {
                long start = System.nanoTime();
                MatchResult match = matcher.match(award.awardId(), award.keys).result();
                match.reference = reference;
                JsonLines.writeEnriched(new EnrichedAward(award, match, System.nanoTime() - start), out);
                enriched++;
            }
            ended = true;
        } catch (IOException | RuntimeException e) {
            if (!ended) {
                // The reader must not wait on a full queue: the rest is taken unmatched, and the run fails.
                drain(queue);
            }
            throw e;
        }
        return enriched;
    }

    private static void drain(BlockingQueue<Award> queue) throws InterruptedException {
        Award award;
        do {
            award = queue.take();
        } while (award != END);
    }
}
