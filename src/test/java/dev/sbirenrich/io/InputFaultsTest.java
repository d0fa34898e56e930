package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.pipeline.RecordFileFormat;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceSnapshot;
import dev.sbirenrich.reference.ReferenceStore;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files that end early, turn corrupt, vanish or hold a line of a gigabyte, read by the job's format. */
class InputFaultsTest {
    static final int ROWS = 20_000;

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aTruncatedGzipKeepsTheRowsBeforeItAndEndsWithAFileLevelRejection() throws IOException {
        java.nio.file.Path half = truncatedGzip(dir.resolve("half.csv.gz"), awardsCsv(ROWS));

        List<Award> records = readAll(RecordFileFormat.awards().createReader(new Configuration(), split(half)));

        Award last = records.get(records.size() - 1);
        List<Award> good = records.subList(0, records.size() - 1);
        assertThat(good).as("rows before the cut").hasSizeGreaterThan(ROWS / 3).allMatch(a -> a.rejection == null);
        assertThat(good).extracting(a -> a.recordNumber).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, good.size()).boxed().toList());
        assertThat(last.rejection.reason).isEqualTo(Rejection.TRUNCATED_INPUT);
        assertThat(last.recordNumber).isEqualTo(good.size() + 1L);
        assertThat(last.rejection.detail)
                .isEqualTo("the file cannot be read past record " + good.size()
                        + ": truncated or corrupt compressed data (Unexpected end of ZLIB input stream)");
        assertThat(last.rejection.sourceFile).endsWith("half.csv.gz");
    }

    @Test
    void aRestoredReaderAfterTheTruncationRecordEmitsNothingMore() throws IOException {
        java.nio.file.Path half = truncatedGzip(dir.resolve("half.csv.gz"), awardsCsv(2_000));
        int all = readAll(RecordFileFormat.awards().createReader(new Configuration(), split(half))).size();

        FileSourceSplit restored = split(half).updateWithCheckpointedPosition(
                new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, all));
        assertThat(readAll(RecordFileFormat.awards().restoreReader(new Configuration(), restored))).isEmpty();

        FileSourceSplit beforeTheCut = split(half).updateWithCheckpointedPosition(
                new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, all - 1));
        assertThat(readAll(RecordFileFormat.awards().restoreReader(new Configuration(), beforeTheCut)))
                .singleElement().satisfies(a -> assertThat(a.rejection.reason).isEqualTo(Rejection.TRUNCATED_INPUT));
    }

    @Test
    void corruptDeflateDataInARecipientsDumpIsATruncationOfItsSnapshot() throws IOException {
        byte[] gz = gzip(recipientsCsv(5_000));
        for (int i = gz.length / 2; i < gz.length / 2 + 64; i++) {
            gz[i] ^= 0x5A;
        }
        java.nio.file.Path corrupt = Files.write(dir.resolve("recipients.csv.gz"), gz);

        var snapshot = new ReferenceStore(dir.resolve("store"))
                .ensure(new ReferenceInput(List.of(corrupt), null), 2, rows -> {});
        List<Rejection> rejected = ReferenceSnapshot.rejections(java.nio.file.Path.of(snapshot.descriptor().location));

        // Deflate may decode damaged bytes into text for a while before it notices (at the latest,
        // the CRC at the end does): rows before the damage are good, rows after it until the
        // detection are garbage (column-count rejections), and the dump ends with its truncation.
        assertThat(snapshot.manifest().rows).isBetween(1_000L, 4_999L);
        Rejection last = rejected.get(rejected.size() - 1);
        assertThat(last.reason).isEqualTo(Rejection.TRUNCATED_INPUT);
        assertThat(last.input).isEqualTo("recipients");
        assertThat(last.sourceFile).isEqualTo("recipients.csv.gz");
        assertThat(last.recordNumber).isEqualTo(snapshot.manifest().rows + rejected.size());
    }

    @Test
    void aFileThatIsNotThereWhenTheReaderOpensItFailsWithoutRestarts() throws IOException {
        java.nio.file.Path file = Files.writeString(dir.resolve("awards.csv"), awardsCsv(3));
        FileSourceSplit split = split(file);
        Files.delete(file);

        assertThatThrownBy(() -> RecordFileFormat.awards().createReader(new Configuration(), split))
                .isInstanceOf(SuppressRestartsException.class)
                .cause().isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("awards file " + split.path() + ": the file vanished or cannot be opened");
    }

    @Test
    void aFileThatIsNotCsvFailsWithoutRestartsNamingTheFile() throws IOException {
        java.nio.file.Path json = Files.writeString(dir.resolve("awards.csv"), "[{\"Company\": \"Acme\", \"UEI\": \"X\"}]\n");

        assertThatThrownBy(() -> RecordFileFormat.awards().createReader(new Configuration(), split(json)))
                .isInstanceOf(SuppressRestartsException.class)
                .cause().hasMessageContaining(json.toString()).hasMessageContaining("lacks required column");
    }

    @Test
    void failuresAreSortedIntoDeterministicAndTransient() {
        assertThat(InputFailure.isDeterministic(new EOFException("Unexpected end of ZLIB input stream"))).isTrue();
        assertThat(InputFailure.isDeterministic(new ZipException("invalid stored block lengths"))).isTrue();
        assertThat(InputFailure.isDeterministic(new IOException("wrapped", new NoSuchFileException("/a")))).isTrue();
        assertThat(InputFailure.isDeterministic(new AccessDeniedException("/a"))).isTrue();
        assertThat(InputFailure.isDeterministic(new InputFormatException("awards file is empty: a.csv"))).isTrue();
        assertThat(InputFailure.isDeterministic(new SocketException("Connection reset"))).isFalse();
        assertThat(InputFailure.isDeterministic(new IOException("No space left on device"))).isFalse();
        assertThat(InputFailure.describe("recipients file r.csv", new AccessDeniedException("/r.csv")))
                .hasMessage("recipients file r.csv: the file is not readable (permission denied)");
    }

    /**
     * One line of 1 GiB without a newline between two good rows, streamed (never on disk): the line
     * is rejected with its length, the rows around it are read, and the reader allocates a bounded
     * amount (its buffer, at most 16 MiB, grown by doubling), not the line.
     */
    @Test
    void aOneGigabyteLineIsRejectedWithBoundedMemory() throws IOException {
        long lineBytes = 1L << 30;
        byte[] head = "Company,UEI,Duns\nBefore Inc,UEIBEFORE001,\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nAfter Inc,UEIAFTER0001,\n".getBytes(StandardCharsets.UTF_8);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        List<Award> awards = new ArrayList<>();
        try (AwardCsvReader reader = new AwardCsvReader("big.csv", new GeneratedStream(head, 'x', lineBytes, tail))) {
            for (Award a = reader.next(); a != null; a = reader.next()) {
                awards.add(a);
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

        assertThat(awards).hasSize(3);
        assertThat(awards.get(0).rejection).isNull();
        assertThat(awards.get(2).rejection).isNull();
        assertThat(awards.get(2).get(0)).isEqualTo("After Inc");
        assertThat(awards.get(1).rejection.reason).isEqualTo("line-too-long");
        assertThat(awards.get(1).rejection.detail).startsWith("a line of " + lineBytes + " bytes, longer than 16 MiB");
        assertThat(awards.get(1).rejection.rawText).hasSize(LineReader.SAMPLE_BYTES);
        assertThat(allocated).as("bytes allocated to read a 1 GiB line").isLessThan(64L << 20);
    }

    @Test
    void anOverlongLineInAPgCopyDumpIsRejectedAndReadingGoesOn() throws IOException {
        RecipientColumns columns = RecipientColumns.parse("legal_business_name,uei,duns");
        byte[] head = "Acme\tUEI000000001\t\\N\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nBeta\tUEI000000002\t\\N\n".getBytes(StandardCharsets.UTF_8);
        List<Recipient> recipients = new ArrayList<>();
        try (var reader = new PgCopyRecipientReader("r.dat", new GeneratedStream(head, 'y', 40L << 20, tail), columns)) {
            for (Recipient r = reader.next(); r != null; r = reader.next()) {
                recipients.add(r);
            }
        }
        assertThat(recipients).extracting(r -> r.rejection == null ? "ok" : r.rejection.reason)
                .containsExactly("ok", "line-too-long", "ok");
        assertThat(recipients).extracting(r -> r.recordNumber).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anOverlongHeaderIsNotACsvFile() {
        assertThatThrownBy(() -> new AwardCsvReader("blob.csv", new GeneratedStream(new byte[0], 0, 20L << 20, new byte[0])))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("awards file blob.csv is not a CSV file: its header is a line of 20971520 bytes");
    }

    static String awardsCsv(int rows) {
        StringBuilder csv = new StringBuilder("Company,UEI,Duns,Abstract\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Firm ").append(i).append(",UEI").append(String.format("%09d", i))
                    .append(",,\"an abstract of award ").append(i).append(" on two\nlines\"\n");
        }
        return csv.toString();
    }

    static String recipientsCsv(int rows) {
        StringBuilder csv = new StringBuilder("legal_business_name,uei,duns\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Recipient ").append(i).append(",UEI").append(String.format("%09d", i)).append(",\n");
        }
        return csv.toString();
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Gzips {@code text} and keeps the first half of the compressed bytes. */
    static java.nio.file.Path truncatedGzip(java.nio.file.Path file, String text) throws IOException {
        byte[] gz = gzip(text);
        return Files.write(file, Arrays.copyOf(gz, gz.length / 2));
    }

    static FileSourceSplit split(java.nio.file.Path file) throws IOException {
        long size = Files.size(file);
        return new FileSourceSplit("0", new Path(file.toUri()), 0, size, Files.getLastModifiedTime(file).toMillis(), size);
    }

    static <T> List<T> readAll(BulkFormat.Reader<T> reader) throws IOException {
        List<T> out = new ArrayList<>();
        try (reader) {
            for (BulkFormat.RecordIterator<T> batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
                for (RecordAndPosition<T> r = batch.next(); r != null; r = batch.next()) {
                    out.add(r.getRecord());
                }
                batch.releaseBatch();
            }
        }
        return out;
    }

    /** {@code head}, then {@code count} copies of one byte, then {@code tail}, made as they are read. */
    static final class GeneratedStream extends InputStream {
        private final byte[] head;
        private final int fill;
        private final byte[] tail;
        private final long total;
        private long pos;

        GeneratedStream(byte[] head, int fill, long count, byte[] tail) {
            this.head = head;
            this.fill = fill;
            this.tail = tail;
            this.total = head.length + count + tail.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - pos);
            for (int i = 0; i < n; i++, pos++) {
                long tailStart = total - tail.length;
                b[off + i] = pos < head.length ? head[(int) pos]
                        : pos >= tailStart ? tail[(int) (pos - tailStart)] : (byte) fill;
            }
            return n;
        }
    }
}
