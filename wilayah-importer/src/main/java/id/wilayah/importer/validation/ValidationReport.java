package id.wilayah.importer.validation;

import id.wilayah.importer.format.ValidationProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Every problem of one import in one place. All problems are counted; the first {@value #MAX_LISTED} are kept with
 * file and line, which is enough to fix a file without letting a wholly wrong file blow up the stored report.
 */
public final class ValidationReport {
    public static final int MAX_LISTED = 1000;

    private final List<ValidationProblem> problems = new ArrayList<>();
    private int count;

    public synchronized void add(ValidationProblem problem) {
        count++;
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        }
    }

    public synchronized int problemCount() {
        return count;
    }

    public synchronized boolean hasProblems() {
        return count > 0;
    }

    public synchronized List<ValidationProblem> problems() {
        return List.copyOf(problems);
    }
}
