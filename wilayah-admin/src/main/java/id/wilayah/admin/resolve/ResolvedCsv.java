package id.wilayah.admin.resolve;

import id.wilayah.admin.resolve.ResolvedRow.Place;
import id.wilayah.domain.text.SpreadsheetCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The resolved addresses as a CSV file: first the columns of the bulk {@code POST /api/resolve} answer in CSV, in its
 * order, so one script can read both; then the names, notes, other readings and the unused rest. Written through
 * {@link SpreadsheetCsv}, since every row echoes text an administrator was given by someone else.
 */
final class ResolvedCsv {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String FILE_NAME = "resolved-addresses.csv";
    static final String[] HEADER = {"query", "kelurahan_code", "kecamatan_code", "kota_code", "provinsi_code",
        "postal_code", "confidence", "kelurahan_name", "kecamatan_name", "kota_name", "provinsi_name", "notes",
        "other_candidates", "rest"};

    private ResolvedCsv() {
    }

    static void write(List<ResolvedRow> rows, OutputStream out) throws IOException {
        SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER);
        for (ResolvedRow row : rows) {
            csv.row(row.input(), code(row.village()), code(row.district()), code(row.regency()),
                    code(row.province()), text(row.postalCode()), row.confidence() == null ? "" : row.confidence(),
                    name(row.village()), name(row.district()), name(row.regency()), name(row.province()),
                    String.join("; ", row.notes()), String.join("; ", row.others()), text(row.rest()));
        }
        csv.flush();
    }

    private static String code(Place place) {
        return place == null ? "" : place.code();
    }

    private static String name(Place place) {
        return place == null ? "" : place.name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
