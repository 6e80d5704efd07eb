package id.wilayah.importer.run;

import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.format.ValidationProblem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of a run's report, progress and diff as stored in its text columns. */
public final class RunJson {
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type STEPS = new ArrayList<StepProgress>() { }.getClass().getGenericSuperclass();
    private static final Type PROBLEMS = new ArrayList<ValidationProblem>() { }.getClass().getGenericSuperclass();

    private RunJson() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static List<StepProgress> steps(String json) {
        return json == null ? List.of() : JSONB.fromJson(json, STEPS);
    }

    public static List<ValidationProblem> problems(String json) {
        return json == null ? List.of() : JSONB.fromJson(json, PROBLEMS);
    }

    public static EditionDiff diff(String json) {
        return json == null ? null : JSONB.fromJson(json, EditionDiff.class);
    }
}
