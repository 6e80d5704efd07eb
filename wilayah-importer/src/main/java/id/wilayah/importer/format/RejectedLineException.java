package id.wilayah.importer.format;

import id.wilayah.importer.source.RegionFile;

/** Thrown for a line that cannot be imported; the batch job skips it and the skip listener records it. */
public class RejectedLineException extends RuntimeException {
    private final transient ValidationProblem problem;

    public RejectedLineException(RegionFile file, long line, String reason) {
        this(file.fileName(), line, reason);
    }

    public RejectedLineException(String fileName, long line, String reason) {
        super(fileName + " line " + line + ": " + reason, null, false, false);
        this.problem = new ValidationProblem(fileName, line, reason);
    }

    public ValidationProblem problem() {
        return problem;
    }
}
