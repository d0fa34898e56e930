package dev.sbirenrich.review;

import static dev.sbirenrich.review.ReviewOutputs.award;
import static dev.sbirenrich.review.ReviewOutputs.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sbirenrich.cli.SbirEnrich;
import dev.sbirenrich.matching.MatchingSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which output rows get on the review page, with which reason, and what the page embeds. */
class ReviewPageTest {
    private static final MatchingSettings SETTINGS = new MatchingSettings();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"review-data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path run;

    static List<ObjectNode> mixedOutput() {
        return List.of(
                award(1, "Exact Co", "uei-exact", 1.0, false),
                award(2, "Acme Robotics Labs Inc", "name-fuzzy-candidate", 0.8, false,
                        candidate("ACME ROBOTIC LABORATORIES LLC", "UEIACME00001", 0.8, false),
                        candidate("ACME HOLDINGS", "UEIACME00002", 0.6, false)),
                award(3, "Twin Systems", "name-fuzzy-candidate", 0.95, false,
                        candidate("TWIN SYSTEMS INC", "UEITWIN00001", 0.95, false),
                        candidate("TWIN SYSTEMS LLC", "UEITWIN00002", 0.93, false),
                        candidate("TWIN SYSTEMS CO", null, null, 0.90, false)),
                award(4, "Vetoed Labs", "name-fuzzy-candidate", 0.97, false,
                        candidate("VETOED LABS", "UEIVETO00001", 0.97, true)),
                award(5, "Near Pass Corp", "name-fuzzy-auto", 0.95, false,
                        candidate("NEAR PASS CORP", "UEINEAR00001", 0.95, false),
                        candidate("NEAR PASS HOLDINGS", null, "987650002", 0.93, false)),
                award(6, "Clear Win Inc", "name-fuzzy-auto", 0.97, false,
                        candidate("CLEAR WIN INC", "UEICLEA00001", 0.97, false),
                        candidate("UNRELATED", "UEIUNRE00001", 0.5, false)),
                award(7, "Borrowed Id Inc", "name-fuzzy-auto", 0.96, true,
                        candidate("BORROWED ID INC", "UEIBORR00001", 0.96, false)),
                award(8, "Nobody", "unmatched", 0.0, false),
                award(9, "name-fuzzy-candidate </script><!-- Inc", "uei-exact", 1.0, false));
    }

    @Test
    void candidatesAndNearPassesAreListedWithWhyTheCascadeDidNotDecide() throws IOException {
        ReviewOutputs.write(run, mixedOutput());

        List<ReviewAward> awards = new ReviewScan(SETTINGS, SETTINGS.autoAcceptMargin).awards(run);

        // In review order: candidates before near passes, each score high first, then file and record.
        assertThat(awards).extracting(a -> a.record, a -> a.reason).containsExactly(
                tuple(4L, "contradicting-identifier"), tuple(3L, "no-margin"), tuple(2L, "below-threshold"),
                tuple(7L, "identifier-overruled"), tuple(5L, "small-margin"));
        ReviewAward acme = awards.get(2);
        assertThat(acme.file).isEqualTo("awards.csv");
        assertThat(acme.tokens).containsExactly("ACME", "ROBOTICS", "LABORATORIES");
        assertThat(acme.margin).isEqualTo(0.2);
        assertThat(acme.dunsStatus).isEqualTo("valid");
        ReviewCandidate best = acme.candidates[0];
        assertThat(best.onlyAward).containsExactly("ROBOTICS");
        assertThat(best.onlyCandidate).containsExactly("ROBOTIC");
        assertThat(best.uei).isEqualTo("UEIACME00001");
        assertThat(best.place).isEqualTo("ARLINGTON, VA, 22201");
        assertThat(best.updated).isEqualTo("2024-05-01");
        assertThat(acme.place).isEqualTo("Arlington, VA, 22201");
        assertThat(acme.candidates[1].onlyAward).containsExactly("ROBOTICS", "LABORATORIES");
    }

    @Test
    void thePageEmbedsTheAwardsAsJsonThatCannotEndItsScript() throws IOException {
        List<ObjectNode> lines = new ArrayList<>(mixedOutput());
        lines.add(award(10, "Evil </script><script>alert(1)</script> & Co", "name-fuzzy-candidate", 0.8, false,
                candidate("EVIL <!-- CO", "UEIEVIL00001", 0.8, false)));
        ReviewOutputs.write(run, lines);
        List<ReviewAward> awards = new ReviewScan(SETTINGS, SETTINGS.autoAcceptMargin).awards(run);
        Path page = run.resolve(ReviewPage.FILE);

        ReviewPage.write(page, "runs/x", awards, SETTINGS, SETTINGS.autoAcceptMargin);

        String html = Files.readString(page);
        assertThat(html).doesNotContain("<script>alert", "EVIL <!--", " src=", "http://", "https://");
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).isTrue();
        JsonNode parsed = ReviewOutputs.JSON.readTree(data.group(1));
        assertThat(parsed.path("run").asText()).isEqualTo("runs/x");
        assertThat(parsed.path("header").asText())
                .isEqualTo("award_file,award_record,company,verdict,uei,duns,reviewer,decided_at");
        assertThat(parsed.path("awards")).hasSize(6);
        assertThat(parsed.path("awards").get(3).path("company").asText()).as("a candidate of 0.8, after record 2")
                .isEqualTo("Evil </script><script>alert(1)</script> & Co");
    }

    @Test
    void theCommandWritesThePageOfARunAndRefusesOtherDirectories() {
        ReviewOutputs.write(run, mixedOutput());
        Path out = run.resolve("elsewhere.html");

        assertThat(SbirEnrich.commandLine().execute("review", "--run", run.toString(), "--out", out.toString(),
                "--margin", "0.5")).isZero();
        assertThat(out).content().contains("\"reviewMargin\":0.5", "Clear Win Inc");
        assertThat(SbirEnrich.commandLine().execute("review", "--run", run.resolve("enriched").toString()))
                .isEqualTo(2);
        assertThat(SbirEnrich.commandLine().execute("review", "--run", run.toString(), "--margin", "1")).isEqualTo(2);
    }

    @Test
    void aPageOfFifteenThousandAwardsStaysSmallEnoughToOpen() throws IOException {
        List<ObjectNode> lines = new ArrayList<>();
        for (int i = 1; i <= 15_000; i++) {
            ObjectNode[] candidates = new ObjectNode[SETTINGS.maxCandidates];
            for (int c = 0; c < candidates.length; c++) {
                candidates[c] = candidate("ADVANCED PHOTONIC SENSOR SYSTEMS " + i + " " + c + " LLC",
                        String.format("UEI%09d", i * 10 + c), 0.88 - c * 0.01, false);
            }
            lines.add(award(i, "Advanced Photonic Sensors " + i + " Inc", "name-fuzzy-candidate", 0.88, false,
                    candidates));
        }
        ReviewOutputs.write(run, lines);
        List<ReviewAward> awards = new ReviewScan(SETTINGS, SETTINGS.autoAcceptMargin).awards(run);
        Path page = run.resolve(ReviewPage.FILE);

        ReviewPage.write(page, "runs/x", awards, SETTINGS, SETTINGS.autoAcceptMargin);

        long size = Files.size(page);
        System.out.printf("review page of %,d awards with %d candidates each: %,d bytes%n", awards.size(),
                SETTINGS.maxCandidates, size);
        assertThat(awards).hasSize(15_000);
        assertThat(size).isBetween(1_000_000L, 40_000_000L);
    }
}
