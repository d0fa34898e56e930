package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input is refused before any job starts: one clear line, a non-zero exit, no stack trace. */
class RunCommandErrorsTest {
    private static final String AWARDS = "data/sample/awards.csv";
    private static final String RECIPIENTS = "data/sample/recipients.csv";

    @TempDir
    Path temp;

    @Test
    void aMissingAwardsFileIsNamed() {
        Result result = run("run", "--awards", temp.resolve("nope.csv").toString(), "--recipients", RECIPIENTS,
                "--output", temp.resolve("out").toString());
        result.assertOneLineError(2, "nope.csv");
    }

    @Test
    void aMissingRequiredColumnIsNamedWithItsFile() throws IOException {
        Path awards = temp.resolve("awards.csv");
        Files.writeString(awards, "Company,Award Title,Duns\nAcme,Title,123456789\n");
        Result result = run("run", "--awards", awards.toString(), "--recipients", RECIPIENTS,
                "--output", temp.resolve("out").toString());
        result.assertOneLineError(2, "UEI");
        assertThat(result.err).contains(awards.toString());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path recipients = temp.resolve("recipients.csv");
        Files.writeString(recipients, "");
        Result result = run("run", "--awards", AWARDS, "--recipients", recipients.toString(),
                "--output", temp.resolve("out").toString());
        result.assertOneLineError(2, "empty");
    }

    @Test
    void anUnknownOptionIsRefused() {
        Result result = run("run", "--awards", AWARDS, "--recipients", RECIPIENTS, "--output", "x", "--frobnicate");
        result.assertOneLineError(2, "--frobnicate");
    }

    @Test
    void theRetiredRuntimeModeOptionIsRefused() {
        Result result = run("run", "--awards", AWARDS, "--recipients", RECIPIENTS,
                "--output", temp.resolve("out").toString(), "--runtime-mode", "batch");
        result.assertOneLineError(2, "--runtime-mode");
    }

    @Test
    void aNonEmptyOutputDirectoryIsNotOverwrittenSilently() throws IOException {
        Path output = Files.createDirectories(temp.resolve("out"));
        Files.writeString(output.resolve("keep.txt"), "earlier run");
        Result result = run("run", "--awards", AWARDS, "--recipients", RECIPIENTS, "--output", output.toString());
        result.assertOneLineError(2, "not empty");
        assertThat(output.resolve("keep.txt")).exists();
    }

    @Test
    void aCorruptSnapshotInTheStoreIsNamedWithTheWayOut() throws IOException {
        var snapshot = new ReferenceStore(temp.resolve("reference-store")).ensure(
                new ReferenceInput(List.of(Path.of(RECIPIENTS)), null), 1, rows -> {}).descriptor();
        Path rows = Path.of(snapshot.location).resolve("rows.bin");
        byte[] bytes = Files.readAllBytes(rows);
        bytes[0] ^= 1;
        Files.write(rows, bytes);

        Result result = run("run", "--awards", AWARDS, "--recipients", RECIPIENTS, "--output",
                temp.resolve("out").toString(), "--web-ui-port", "0");

        result.assertOneLineError(1, "reference snapshot " + snapshot.id);
        assertThat(result.err).contains("rows.bin", "rebuild");
    }

    /** Runs the command with a reference store of the test's own: nothing goes to ~/.cache. */
    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--reference-store", temp.resolve("reference-store").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SbirEnrich.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Result(exit, err.toString());
    }

    private record Result(int exit, String err) {
        void assertOneLineError(int expectedExit, String mentions) {
            assertThat(exit).isEqualTo(expectedExit);
            assertThat(err.strip().lines()).as(err).hasSize(1);
            assertThat(err).contains(mentions).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
