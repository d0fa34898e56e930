package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.metrics.InputSizes;
import dev.sbirenrich.metrics.ProgressLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InputProgressTest {
    /** Types standing in for the award and recipient inputs. */
    static final class AwardsInput {}

    static final class OtherInput {}

    @AfterEach
    void forget() {
        InputProgress.reset();
    }

    @Test
    void countsBytesThroughTheStreamAndRecordsAndFinishPerInput() throws IOException {
        var first = InputProgress.track(AwardsInput.class, "file:/a.csv", 10, new ByteArrayInputStream(new byte[10]));
        var second = InputProgress.track(AwardsInput.class, "file:/b.csv", 6, new ByteArrayInputStream(new byte[6]));
        InputProgress.track(OtherInput.class, "file:/r.csv", 100, new ByteArrayInputStream(new byte[100]));
        try (InputStream in = first.stream()) {
            in.read();
            in.read(new byte[4], 0, 4);
            in.skip(2);
        }
        first.recordsEmitted(3);
        second.stream().readAllBytes();
        second.recordsEmitted(2);
        second.finished();

        var totals = InputProgress.totals(AwardsInput.class);
        assertThat(totals.bytesRead()).isEqualTo(7 + 6);
        assertThat(totals.bytes()).isEqualTo(16);
        assertThat(totals.records()).isEqualTo(5);
        assertThat(totals.files()).isEqualTo(2);
        assertThat(totals.filesFinished()).isEqualTo(1);
        assertThat(totals.lastFinishMillis()).isPositive();
    }

    @Test
    void aReopenedFileStartsOverInsteadOfCountingTwice() throws IOException {
        InputProgress.track(AwardsInput.class, "file:/a.csv", 4, new ByteArrayInputStream(new byte[4]))
                .stream().readAllBytes();
        var again = InputProgress.track(AwardsInput.class, "file:/a.csv", 4, new ByteArrayInputStream(new byte[4]));
        again.stream().read();

        assertThat(InputProgress.totals(AwardsInput.class).bytesRead()).isEqualTo(1);
    }

    @Test
    void progressLineSaysRecordsRateShareAndTheReferenceSnapshot() {
        var sizes = new InputSizes(1000, 1, 4000, 2);
        var awards = new InputProgress.Totals(250, 1000, 1200, 1, 0, 0);
        var done = new InputProgress.Totals(1000, 1000, 4800, 1, 1, 5);

        assertThat(ProgressLine.format(3725, awards, sizes, 240.4, 300L << 20, "reference 3f9a0c"))
                .isEqualTo("[1:02:05] awards 1,200 read (240/s), 25.0% of input; reference 3f9a0c; heap 300 MB");
        assertThat(ProgressLine.format(5, done, sizes, 0, 0, "reference 3f9a0c"))
                .startsWith("[0:00:05] awards 4,800 read (0/s), 100.0% of input;");
        assertThat(ProgressLine.format(5, done, new InputSizes(0, 0, 4000, 2), 0, 0, "reference 3f9a0c"))
                .as("a watched awards directory without files yet").contains("- of input");
    }
}
