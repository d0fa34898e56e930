package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderCheckTest {
    private static final String AWARDS_HEADER = "Company,UEI,Duns\nAcme,U1,\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path copyResource(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/io/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void findsDataFilesRecursivelyAndSkipsHiddenOnes() throws IOException {
        Path good = write("awards/2023/a.csv", AWARDS_HEADER);
        Path gz = copyResource("awards_good.csv.gz", dir.resolve("awards/b.csv.gz"));
        write("awards/_SUCCESS", "");
        write("awards/.a.csv.crc", "not csv");
        write("awards/.staging/c.csv", "Company\n");
        write("awards/_tmp/d.csv", "");

        assertThat(HeaderCheck.awards(List.of(dir.resolve("awards")))).containsExactly(good, gz);
    }

    @Test
    void failsFastWithOneLineMessages() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(missing)))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("awards file not found: " + missing);

        Path empty = write("empty.csv", "");
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(empty))).hasMessage("awards file is empty: " + empty);

        Path noUei = write("no-uei.csv", "Company,Duns\nAcme,1\n");
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(noUei)))
                .hasMessage("awards file " + noUei + " lacks required column(s): UEI");

        Path onlyHidden = write("hidden-only/_SUCCESS", "").getParent();
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(onlyHidden)))
                .hasMessage("awards directory has no data files: " + onlyHidden);

        Path bz2 = write("a.csv.bz2", "x");
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(bz2)))
                .hasMessage("unsupported compression .bz2: " + bz2 + " (use .gz or uncompressed)");
    }

    @Test
    void aWatchedAwardsDirectoryMayStillBeEmptyButMustExistAndItsFilesAreChecked() throws IOException {
        Path watched = Files.createDirectories(dir.resolve("incoming"));
        write("incoming/_SUCCESS", "");
        assertThat(HeaderCheck.watchedAwards(List.of(watched))).isEmpty();
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(watched)))
                .hasMessage("awards directory has no data files: " + watched);

        Path missing = dir.resolve("not-created-yet");
        assertThatThrownBy(() -> HeaderCheck.watchedAwards(List.of(missing)))
                .hasMessage("awards file not found: " + missing);

        Path noUei = write("incoming/no-uei.csv", "Company,Duns\nAcme,1\n");
        assertThatThrownBy(() -> HeaderCheck.watchedAwards(List.of(watched)))
                .hasMessage("awards file " + noUei + " lacks required column(s): UEI");
    }

    @Test
    void looksInsideGzipForEmptiness() throws IOException {
        Path emptyGz = dir.resolve("empty.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(emptyGz))) {
            out.flush();
        }
        assertThatThrownBy(() -> HeaderCheck.awards(List.of(emptyGz))).hasMessage("awards file is empty: " + emptyGz);
    }

    @Test
    void checksRecipientsInEitherFormat() throws IOException {
        Path dump = copyResource("recipients_5412.dat.gz", dir.resolve("dump/5412.dat.gz"));
        assertThat(HeaderCheck.recipientsPgCopy(List.of(dump), RecipientColumns.USASPENDING_2025_10))
                .containsExactly(dump);

        Path csv = copyResource("recipients.csv", dir.resolve("r/recipients.csv"));
        assertThat(HeaderCheck.recipientsCsv(List.of(csv))).containsExactly(csv);

        Path noUei = write("r2/recipients.csv", "legal_business_name,duns\n");
        assertThatThrownBy(() -> HeaderCheck.recipientsCsv(List.of(noUei)))
                .hasMessage("recipients file " + noUei + " lacks required column(s): uei");
    }
}
