package id.wilayah.domain.crosswalk.csv;

import id.wilayah.domain.failure.InvalidInputException;
import java.util.List;

/** An override file with problems: nothing of it is stored. Holds the first problems found and how many there are. */
public class OverrideCsvException extends InvalidInputException {
    private final transient List<CsvProblem> problems;
    private final int total;

    OverrideCsvException(List<CsvProblem> problems, int total) {
        super("The override file was rejected with " + total + (total == 1 ? " problem" : " problems")
                + "; nothing was changed. First: line " + problems.get(0).line() + ": " + problems.get(0).reason());
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** In line order, at most {@link OverrideCsv#MAX_REPORTED_PROBLEMS}. */
    public List<CsvProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
