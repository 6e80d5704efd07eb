package id.wilayah.importer.format;

/** One reason an import was rejected: the file, its line (0 = the file as a whole, 1 = the header) and why. */
public record ValidationProblem(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
