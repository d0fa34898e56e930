package dev.sbirenrich.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The fields of one enriched output line that summaries and reports aggregate over. */
public final class EnrichedLine {
    /** match, source and parsed: the sections read before the award's Phase ends the parse. */
    private static final int COUNTED_SECTIONS = 3;

    public String method;
    public double score;
    public String ueiStatus;
    public String dunsStatus;
    public int identifierDuplicates;
    /** Id of the reference snapshot the award was matched against. */
    public String reference;
    public String phase;
    public Integer awardYear;
    public Integer employees;
    public String file;
    public long record;
    /** The reviewer's verdict on the award, null without a decision; its UEI and DUNS, and why it was not applied. */
    public String decisionVerdict;
    public String decisionUei;
    public String decisionDuns;
    public String decisionProblem;

    /**
     * Parses the line whose object the parser is on, skipping candidates and the award's cells but
     * Phase. The parser must hold this one line: once the other sections are read, parsing stops at
     * the award's Phase, before the object's end (the job writes the award last, so most of a line
     * is never tokenized).
     */
    public static EnrichedLine parse(JsonParser parser) {
        EnrichedLine line = new EnrichedLine();
        try {
            int sections = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                parser.nextToken();
                switch (section) {
                    case "match" -> line.readMatch(parser);
                    case "source" -> line.readSource(parser);
                    case "parsed" -> line.readParsed(parser);
                    case "award" -> {
                        if (line.readPhase(parser)) {
                            if (sections == COUNTED_SECTIONS) {
                                return line;
                            }
                            JsonFields.each(parser, field -> { });
                        }
                        continue;
                    }
                    default -> {
                        parser.skipChildren();
                        continue;
                    }
                }
                sections++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable enriched row: " + e.getMessage(), e);
        }
        return line;
    }

    /** both, uei-only, duns-only or neither: which usable identifiers the award carried. */
    public String identifierType() {
        boolean uei = "valid".equals(ueiStatus);
        boolean duns = "valid".equals(dunsStatus);
        return uei && duns ? "both" : uei ? "uei-only" : duns ? "duns-only" : "neither";
    }

    private void readMatch(JsonParser parser) throws IOException {
        JsonFields.each(parser, field -> {
            switch (field) {
                case "method" -> method = parser.getValueAsString();
                case "score" -> score = parser.getDoubleValue();
                case "identifier_duplicates" -> identifierDuplicates = parser.getIntValue();
                case "reference" -> reference = parser.getValueAsString();
                case "identifiers" -> readIdentifiers(parser);
                case "decision" -> readDecision(parser);
                default -> { }
            }
        });
    }

    private void readDecision(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return; // null: no decision
        }
        JsonFields.each(parser, field -> {
            switch (field) {
                case "verdict" -> decisionVerdict = parser.getValueAsString();
                case "uei" -> decisionUei = parser.getValueAsString();
                case "duns" -> decisionDuns = parser.getValueAsString();
                case "problem" -> decisionProblem = parser.getValueAsString();
                default -> { }
            }
        });
    }

    private void readIdentifiers(JsonParser parser) throws IOException {
        JsonFields.each(parser, field -> {
            switch (field) {
                case "uei_status" -> ueiStatus = parser.getValueAsString();
                case "duns_status" -> dunsStatus = parser.getValueAsString();
                default -> { }
            }
        });
    }

    /** Reads the award's cells up to Phase; true when it stopped there, inside the award's object. */
    private boolean readPhase(JsonParser parser) throws IOException {
        return JsonFields.until(parser, field -> {
            if (!"Phase".equals(field)) {
                return false;
            }
            phase = parser.getValueAsString();
            return true;
        });
    }

    private void readParsed(JsonParser parser) throws IOException {
        JsonFields.each(parser, field -> {
            boolean number = parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
            switch (field) {
                case "award_year" -> awardYear = number ? parser.getIntValue() : null;
                case "employees" -> employees = number ? parser.getIntValue() : null;
                default -> { }
            }
        });
    }

    private void readSource(JsonParser parser) throws IOException {
        JsonFields.each(parser, field -> {
            switch (field) {
                case "file" -> file = parser.getValueAsString();
                case "record" -> record = parser.getLongValue();
                default -> { }
            }
        });
    }
}
