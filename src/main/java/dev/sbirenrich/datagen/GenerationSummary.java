package dev.sbirenrich.datagen;

import java.util.Map;
import java.util.TreeMap;

/** What a generation run wrote; saved as generation.json next to the data. */
public class GenerationSummary {
    /** {@link DataGenerator#VERSION} of the generator that wrote the data. */
    public int generatorVersion = DataGenerator.VERSION;
    public GeneratorOptionsView options;
    public long recipientRows;
    public long awardRecords;
    public Map<String, Long> noiseKinds = new TreeMap<>();
    public Map<String, Long> identifierTypes = new TreeMap<>();
    public Map<String, Long> idFormats = new TreeMap<>();
    public Map<String, Long> defects = new TreeMap<>();
    public long awardsOfCompaniesInReference;
    public double elapsedSeconds;
    public String[] files;

    public GenerationSummary() {}

    /** The options as written to JSON (paths and enums as text). */
    public static class GeneratorOptionsView {
        public long recipients;
        public long awards;
        public long seed;
        public String recipientsFormat;
        public String outDir;

        public GeneratorOptionsView() {}
    }

    void count(SyntheticAward a) {
        awardRecords++;
        noiseKinds.merge(a.noise.label(), 1L, Long::sum);
        identifierTypes.merge(a.identifierType, 1L, Long::sum);
        idFormats.merge(a.idFormat, 1L, Long::sum);
        if (a.defect != null) {
            defects.merge(a.defect, 1L, Long::sum);
        }
        if (a.entity > 0) {
            awardsOfCompaniesInReference++;
        }
    }
}
