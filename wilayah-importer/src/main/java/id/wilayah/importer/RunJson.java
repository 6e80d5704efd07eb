package id.wilayah.importer;

import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.validation.ValidationProblem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of a run's report, progress and diff as stored in its text columns. */
final class RunJson {
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type STEPS = new ArrayList<StepProgress>() { }.getClass().getGenericSuperclass();
    private static final Type PROBLEMS = new ArrayList<ValidationProblem>() { }.getClass().getGenericSuperclass();

    private RunJson() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    static List<StepProgress> steps(String json) {
        return json == null ? List.of() : JSONB.fromJson(json, STEPS);
    }

    static List<ValidationProblem> problems(String json) {
        return json == null ? List.of() : JSONB.fromJson(json, PROBLEMS);
    }

    static EditionDiff diff(String json) {
        return json == null ? null : JSONB.fromJson(json, EditionDiff.class);
    }
}
