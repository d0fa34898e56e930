package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardTypeInfo;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.RecipientTypeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileFormatTest {

    @TempDir
    java.nio.file.Path dir;

    private static FileSourceSplit split(java.nio.file.Path file) throws IOException {
        long size = Files.size(file);
        return new FileSourceSplit("0", new Path(file.toUri()), 0, size, Files.getLastModifiedTime(file).toMillis(), size);
    }

    private static <T> List<RecordAndPosition<T>> readAll(BulkFormat.Reader<T> reader, List<Integer> batchSizes)
            throws IOException {
        List<RecordAndPosition<T>> out = new ArrayList<>();
        try (reader) {
            for (BulkFormat.RecordIterator<T> batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
                int before = out.size();
                for (RecordAndPosition<T> r = batch.next(); r != null; r = batch.next()) {
                    out.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
                }
                batchSizes.add(out.size() - before);
                batch.releaseBatch();
            }
        }
        return out;
    }

    private java.nio.file.Path awardsFile(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Company,UEI,Duns,Abstract\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Firm ").append(i).append(",U").append(i).append(",,\"line one\nline two\"\n");
        }
        return Files.writeString(dir.resolve("awards.csv"), csv);
    }

    @Test
    void readsGzipFilesAndStampsEveryRecordWithItsFile() throws IOException {
        java.nio.file.Path gz = dir.resolve("awards_good.csv.gz");
        try (InputStream in = getClass().getResourceAsStream("/io/awards_good.csv.gz")) {
            Files.copy(in, gz);
        }
        FileSourceSplit split = split(gz);
        List<RecordAndPosition<Award>> records =
                readAll(RecordFileFormat.awards().createReader(new Configuration(), split), new ArrayList<>());

        assertThat(records).extracting(r -> r.getRecord().get(0))
                .containsExactly("Northwind Photonics, Inc.", "Bluebird Robotics LLC", "Cedar Materials Co");
        assertThat(records).allMatch(r -> r.getRecord().sourceFile.equals(split.path().toString()));
        assertThat(records).allMatch(r -> r.getOffset() == CheckpointedPosition.NO_OFFSET);
        assertThat(records).extracting(RecordAndPosition::getRecordSkipCount).containsExactly(1L, 2L, 3L);
    }

    @Test
    void readsInBatchesAndRestoresBySkippingEmittedRecords() throws IOException {
        FileSourceSplit split = split(awardsFile(2500));
        List<Integer> batches = new ArrayList<>();
        List<RecordAndPosition<Award>> all =
                readAll(RecordFileFormat.awards().createReader(new Configuration(), split), batches);
        assertThat(batches).containsExactly(1000, 1000, 500);
        assertThat(all.get(1999).getRecordSkipCount()).isEqualTo(2000);

        FileSourceSplit checkpointed = split.updateWithCheckpointedPosition(
                new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 1234));
        List<RecordAndPosition<Award>> rest =
                readAll(RecordFileFormat.awards().restoreReader(new Configuration(), checkpointed), new ArrayList<>());
        assertThat(rest).hasSize(2500 - 1234);
        assertThat(rest.get(0).getRecord().recordNumber).isEqualTo(1235);
        assertThat(rest.get(0).getRecord().get(0)).isEqualTo("Firm 1235");
        assertThat(rest.get(0).getRecordSkipCount()).isEqualTo(1235);
    }

    @Test
    void producesTypesThatNeverNeedKryo() {
        SerializerConfigImpl noGenerics = new SerializerConfigImpl();
        noGenerics.setGenericTypes(false);
        // Awards have their own serializer (model.AwardSerializer), not the POJO one.
        assertThat(RecordFileFormat.awards().getProducedType()).isEqualTo(AwardTypeInfo.INSTANCE);
        RecordFileFormat.awards().getProducedType().createSerializer(noGenerics);
        RecordFileFormat.paths().getProducedType().createSerializer(noGenerics);
        assertThat(RecordFileFormat.awards().isSplittable()).isFalse();
    }

    @Test
    void worksAsAFlinkFileSource() throws Exception {
        awardsFile(30);
        Files.writeString(dir.resolve("_SUCCESS"), "");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        FileSource<Award> source = FileSource.forBulkFileFormat(RecordFileFormat.awards(), new Path(dir.toUri())).build();
        List<Long> numbers = new ArrayList<>();
        try (CloseableIterator<Award> it =
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "awards").executeAndCollect()) {
            it.forEachRemaining(a -> numbers.add(a.recordNumber));
        }
        assertThat(numbers).hasSize(30).doesNotHaveDuplicates().contains(1L, 30L);
    }
}
