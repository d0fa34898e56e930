package dev.sbirenrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.flink.api.common.functions.Function;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.streaming.api.operators.StreamOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the house and their doors (docs/architecture.md, "Packages"). Each rule names what
 * it protects; a failure lists every offending dependency.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.sbirenrich";
    /** Development tools, left out of the job jar. */
    private static final String[] TOOLS = {ROOT + ".datagen..", ROOT + ".evaluation..", ROOT + ".benchmark..",
        ROOT + ".peer..", ROOT + ".matching.legacy.."};
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void matchingIsPlainJavaOverTheModel() {
        check(noClasses().that().resideInAPackage(ROOT + ".matching..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink..")
                .orShould().dependOnClassesThat(outsideOf("model", "matching")));
    }

    @Test
    void ioIsPlainJavaOverTheModelAndMatching() {
        // matching: the decisions reader validates a DUNS as the matcher normalizes it.
        check(noClasses().that().resideInAPackage(ROOT + ".io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink..")
                .orShould().dependOnClassesThat(outsideOf("model", "matching", "io")));
    }

    @Test
    void theReferenceSnapshotQualityRulesReportsAndReviewDoNotNeedFlink() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".reference..", ROOT + ".quality..", ROOT + ".report..",
                        ROOT + ".review..", ROOT + ".run..", ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink.."));
    }

    @Test
    void onlyThePipelineBuildsFlinkOperators() {
        check(classes().that().areAssignableTo(Function.class)
                .or().areAssignableTo(StreamOperator.class)
                .or().areAssignableTo(Sink.class)
                .or().areAssignableTo(Source.class)
                .or().areAssignableTo(BulkFormat.class)
                .and().resideInAPackage(ROOT + "..")
                .should().resideInAPackage(ROOT + ".pipeline.."));
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".pipeline..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.flink.streaming.api.datastream.."));
    }

    @Test
    void nothingTheJobIsMadeOfUsesTheReviewPage() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".io..", ROOT + ".matching..",
                        ROOT + ".pipeline..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".review.."));
    }

    @Test
    void theJobNeedsNoTool() {
        check(noClasses().that().resideOutsideOfPackages(TOOLS).and().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(TOOLS));
        // The job jar (pom.xml) leaves the tools out: its entry point must not reach them.
        check(noClasses().that().haveFullyQualifiedName(ROOT + ".cli.EnrichmentJob")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage(TOOLS));
    }

    @Test
    void settingsAreImmutableValues() {
        check(fields().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Settings")
                .and().areNotStatic().should().beFinal());
    }

    @Test
    void theClusterClientKnowsNothingOfTheCommandLine() {
        check(noClasses().that().resideInAPackage(ROOT + ".cluster..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli.."));
    }

    @Test
    void testHooksLiveInTheTestTree() {
        check(noClasses().that().resideInAPackage(ROOT + "..")
                .should().haveSimpleNameContaining("Test")
                .orShould().haveSimpleNameContaining("Fake")
                .orShould().haveSimpleNameContaining("Fault"));
    }

    /** Classes of the project outside {@code rooms}. */
    private static DescribedPredicate<JavaClass> outsideOf(String... rooms) {
        String[] packages = new String[rooms.length];
        for (int i = 0; i < rooms.length; i++) {
            packages[i] = ROOT + "." + rooms[i] + "..";
        }
        return JavaClass.Predicates.resideInAPackage(ROOT + "..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(packages)))
                .as("classes of the project outside " + String.join(", ", rooms));
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }
}
