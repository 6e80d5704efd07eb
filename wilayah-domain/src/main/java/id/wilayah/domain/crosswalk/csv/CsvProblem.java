package id.wilayah.domain.crosswalk.csv;

/** Why a line of an override file was refused: its line number (1 = the header, 0 = the file as a whole) and reason. */
public record CsvProblem(long line, String reason) {
}
