package id.wilayah.api.crosswalk;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.text.SpreadsheetCsv;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The answers of a bulk request, one per input code and in input order, streamed as JSON or CSV. A code that cannot be
 * answered gets its reason (and status) in place of the answer, so one bad line never costs the rest.
 */
final class BulkAnswers {
    static final String[] CSV_HEADER = {"input", "level", "from_code", "from_name", "to_code", "to_name", "match",
        "confidence", "error"};
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    private BulkAnswers() {
    }

    static StreamingOutput json(List<String> codes, CodeLookup lookup) {
        return output -> {
            try (JsonGenerator json = JSON.createGenerator(buffered(output))) {
                json.writeStartArray();
                for (String code : codes) {
                    json.writeStartObject().write("input", code);
                    try {
                        CrosswalkAnswer answer = lookup.answer(code);
                        json.write("level", answer.level());
                        json.writeStartObject("from").write("edition", answer.from().edition())
                                .write("code", answer.from().code()).write("name", answer.from().name()).writeEnd();
                        json.writeStartArray("to");
                        for (CrosswalkAnswer.Counterpart to : answer.to()) {
                            json.writeStartObject().write("edition", to.edition()).write("code", to.code());
                            if (to.name() == null) {
                                json.writeNull("name");
                            } else {
                                json.write("name", to.name());
                            }
                            json.write("match", to.match()).write("confidence", to.confidence()).writeEnd();
                        }
                        json.writeEnd();
                    } catch (FailureException failure) {
                        json.write("status", failure.kind().status()).write("error", failure.getMessage());
                    }
                    json.writeEnd();
                }
                json.writeEnd();
            }
        };
    }

    static StreamingOutput csv(List<String> codes, CodeLookup lookup) {
        return output -> {
            // The input and the error echo what the client sent: written as text, never as a formula.
            SpreadsheetCsv csv = SpreadsheetCsv.open(output, CSV_HEADER);
            for (String code : codes) {
                writeCsv(csv, code, lookup);
            }
            csv.flush();
        };
    }

    private static void writeCsv(SpreadsheetCsv csv, String code, CodeLookup lookup) throws IOException {
        CrosswalkAnswer answer;
        try {
            answer = lookup.answer(code);
        } catch (FailureException failure) {
            csv.row(code, "", "", "", "", "", "", "", failure.getMessage());
            return;
        }
        if (answer.to().isEmpty()) {
            csv.row(code, answer.level(), answer.from().code(), answer.from().name(), "", "", "", "", "");
        }
        for (CrosswalkAnswer.Counterpart to : answer.to()) {
            csv.row(code, answer.level(), answer.from().code(), answer.from().name(), to.code(), to.name(),
                    to.match(), to.confidence(), "");
        }
    }

    private static Writer buffered(OutputStream output) {
        return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
    }
}
