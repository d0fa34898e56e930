package dev.sbirenrich.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.Candidate;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Writes enriched awards and rejected rows as JSON Lines, one object per line; the schema is
 * documented in docs/output-schema.md. Streaming generation: no tree per record.
 */
public final class JsonLines {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** The award columns' names, quoted and encoded once: an enriched line has dozens of them. */
    private static final SerializedString[] AWARD_NAMES = AwardColumns.NAMES.stream().map(SerializedString::new)
            .toArray(SerializedString[]::new);
    private static final SerializedString UEI = new SerializedString("uei");
    private static final SerializedString DUNS = new SerializedString("duns");
    private static final SerializedString LEGAL_NAME = new SerializedString("legal_business_name");
    private static final SerializedString PARENT_UEI = new SerializedString("parent_uei");
    private static final SerializedString PARENT_DUNS = new SerializedString("parent_duns");
    private static final SerializedString PARENT_NAME = new SerializedString("parent_legal_business_name");
    private static final SerializedString ADDRESS = new SerializedString("address_line_1");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString ZIP5 = new SerializedString("zip5");
    private static final SerializedString COUNTRY = new SerializedString("country_code");
    private static final SerializedString UPDATED = new SerializedString("update_date");
    private static final SerializedString SOURCE_FILE = new SerializedString("source_file");
    private static final SerializedString SOURCE_RECORD = new SerializedString("source_record");

    private JsonLines() {}

    public static void writeEnriched(EnrichedAward enriched, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            Award award = enriched.award;
            json.writeStartObject();
            json.writeObjectFieldStart("parsed");
            writeNumberOrNull(json, "amount", award.amount);
            writeNumberOrNull(json, "award_year", award.awardYear);
            json.writeStringField("proposal_award_date", award.proposalAwardDate);
            writeNumberOrNull(json, "employees", award.employees);
            json.writeEndObject();

            writeMatch(json, enriched.match, award.keys);

            json.writeObjectFieldStart("source");
            json.writeStringField("file", award.sourceFile);
            json.writeNumberField("record", award.recordNumber);
            json.writeEndObject();
            // The award's cells last: a reader that counts matches (report.EnrichedLine) reads the
            // sections above and stops at the award's Phase, skipping the rest of the line unparsed.
            json.writeObjectFieldStart("award");
            for (int i = 0; i < AWARD_NAMES.length; i++) {
                if (award.values != null && i < award.values.length && award.values[i] != null) {
                    field(json, AWARD_NAMES[i], award.values[i]);
                }
            }
            if (award.extraNames != null) {
                for (int i = 0; i < award.extraNames.length; i++) {
                    json.writeStringField(award.extraNames[i], award.extraValues[i]);
                }
            }
            json.writeEndObject();

            json.writeEndObject();
        }
        out.write('\n');
    }

    public static void writeRejection(Rejection rejection, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeStringField("input", rejection.input);
            json.writeStringField("file", rejection.sourceFile);
            json.writeNumberField("record", rejection.recordNumber);
            json.writeStringField("reason", rejection.reason);
            json.writeStringField("detail", rejection.detail);
            json.writeStringField("raw", rejection.rawText);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeMatch(JsonGenerator json, MatchResult match, AwardKeys keys) throws IOException {
        json.writeObjectFieldStart("match");
        json.writeStringField("method", match.method.label());
        json.writeNumberField("score", Math.round(match.score * 10_000) / 10_000.0);
        json.writeFieldName("recipient");
        writeRecipient(json, match.recipient);
        json.writeArrayFieldStart("candidates");
        if (match.candidates != null) {
            for (Candidate candidate : match.candidates) {
                json.writeStartObject();
                json.writeNumberField("score", Math.round(candidate.score * 10_000) / 10_000.0);
                json.writeBooleanField("vetoed", candidate.vetoed);
                json.writeFieldName("recipient");
                writeRecipient(json, candidate.recipient);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeNumberField("candidates_examined", match.candidatesExamined);
        json.writeNumberField("identifier_duplicates", match.identifierDuplicates);
        json.writeBooleanField("identifier_overruled", match.identifierOverruled);
        json.writeStringField("reference", match.reference);
        writeDecision(json, match);
        json.writeObjectFieldStart("identifiers");
        json.writeStringField("uei", keys.uei);
        json.writeStringField("uei_status", keys.ueiStatus.name().toLowerCase(Locale.ROOT));
        json.writeStringField("duns", keys.duns);
        json.writeStringField("duns_status", keys.dunsStatus.name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeDecision(JsonGenerator json, MatchResult match) throws IOException {
        Decision decision = match.decision;
        if (decision == null) {
            json.writeNullField("decision");
            return;
        }
        json.writeObjectFieldStart("decision");
        json.writeStringField("verdict", decision.verdict);
        json.writeStringField("uei", decision.uei);
        json.writeStringField("duns", decision.duns);
        json.writeStringField("reviewer", decision.reviewer);
        json.writeStringField("decided_at", decision.decidedAt.toString());
        json.writeBooleanField("applied", match.decisionProblem == null);
        json.writeStringField("problem", match.decisionProblem);
        json.writeEndObject();
    }

    private static void writeRecipient(JsonGenerator json, Recipient r) throws IOException {
        if (r == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        field(json, UEI, r.uei);
        field(json, DUNS, r.duns);
        field(json, LEGAL_NAME, r.legalBusinessName);
        field(json, PARENT_UEI, r.parentUei);
        field(json, PARENT_DUNS, r.parentDuns);
        field(json, PARENT_NAME, r.parentLegalBusinessName);
        field(json, ADDRESS, r.addressLine1);
        field(json, CITY, r.city);
        field(json, STATE, r.state);
        field(json, ZIP5, r.zip5);
        field(json, COUNTRY, r.countryCode);
        field(json, UPDATED, r.updateDate);
        field(json, SOURCE_FILE, r.sourceFile);
        json.writeFieldName(SOURCE_RECORD);
        json.writeNumber(r.recordNumber);
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, SerializedString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    private static void writeNumberOrNull(JsonGenerator json, String field, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value instanceof Double d) {
            json.writeNumberField(field, d);
        } else {
            json.writeNumberField(field, value.longValue());
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }
}
