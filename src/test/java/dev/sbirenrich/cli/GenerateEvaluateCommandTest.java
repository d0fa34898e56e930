package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateEvaluateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void badOptionsGiveOneLineAndExitCode2() {
        assertThat(run(new GenerateCommand(), "--out", tmp.toString(), "--recipients-format", "xml")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("generate: --recipients-format must be csv or pg-copy, not 'xml'"
                + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run(new EvaluateCommand(), "--enriched", tmp.toString(), "--truth", tmp.resolve("none.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("evaluate: no such file: " + tmp.resolve("none.csv"));
    }

    @Test
    void aSimulatedReviewOfNoAwardsOrOfNoRunIsRefusedInOneLine() throws IOException {
        Path truth = Files.writeString(tmp.resolve("truth.csv"), "file,record\n");
        Path enriched = Files.createDirectories(tmp.resolve("run/enriched"));

        assertThat(run(new EvaluateCommand(), "--enriched", tmp.resolve("run").toString(), "--truth", truth.toString(),
                "--simulate-review", "0")).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("evaluate: --simulate-review must be at least 1");
        err.getBuffer().setLength(0);
        assertThat(run(new EvaluateCommand(), "--enriched", enriched.toString(), "--truth", truth.toString(),
                "--simulate-review", "10")).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "evaluate: --simulate-review needs a run's output directory (with enriched/): " + enriched);
    }

    @Test
    void generateWritesTheFiles() {
        assertThat(run(new GenerateCommand(), "--recipients", "200", "--awards", "50", "--out", tmp.toString(),
                "--recipients-format", "pg-copy", "--quiet")).isEqualTo(0);
        assertThat(tmp.resolve("recipients.dat.gz")).exists();
        assertThat(tmp.resolve("recipients.columns")).exists();
        assertThat(tmp.resolve("awards.csv")).exists();
        assertThat(tmp.resolve("generation.json")).exists();
        assertThat(out.toString()).startsWith("generated 200 recipients and 50 awards");
        assertThat(Files.isRegularFile(tmp.resolve("truth.csv"))).isTrue();
    }
}
