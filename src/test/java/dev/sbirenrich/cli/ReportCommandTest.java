package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.report.RunReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path run;

    @Test
    void writesBothReportsForARunDirectory() throws Exception {
        Files.createDirectories(run.resolve("enriched"));
        Files.write(run.resolve("enriched/part-0-0"), List.of("{\"match\":{\"method\":\"uei-exact\",\"score\":1.0},"
                + "\"source\":{\"file\":\"a.csv\",\"record\":1}}"));

        int exit = SbirEnrich.commandLine().execute("report", "--run", run.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(run.resolve(RunReport.MARKDOWN_FILE))).contains("| uei-exact | 1 | 100.0% |");
        assertThat(run.resolve(RunReport.HTML_FILE)).isRegularFile();
    }

    @Test
    void refusesADirectoryWithoutOutput() {
        StringWriter err = new StringWriter();
        var cli = SbirEnrich.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("report", "--run", run.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a run output directory");
    }
}
