package id.wilayah.api.editions;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.text.SpreadsheetCsv;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four files of the native import layout, so an export can be imported again unchanged. A name that a spreadsheet
 * would read as a formula (possible only in editions imported before the importer refused them) is written with a
 * leading apostrophe ({@link SpreadsheetCsv}), so opening an export never runs anything.
 */
enum CsvExport {
    PROVINCES("provinsi", "code", "name"),
    REGENCIES("kota", "code", "province_code", "name", "type"),
    DISTRICTS("kecamatan", "code", "regency_code", "name"),
    VILLAGES("kelurahan", "code", "district_code", "name", "type", "postal_code");

    private final String nativeName;
    private final String[] header;

    CsvExport(String nativeName, String... header) {
        this.nativeName = nativeName;
        this.header = header;
    }

    static Optional<CsvExport> of(String level) {
        String wanted = level == null ? "" : level.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.fileName().equals(wanted) || f.nativeName.equals(wanted))
                .findFirst();
    }

    String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    StreamingOutput writer(RegionSnapshot snapshot) {
        return output -> {
            SpreadsheetCsv csv = SpreadsheetCsv.open(output, header);
            write(snapshot, csv);
            csv.flush();
        };
    }

    private void write(RegionSnapshot snapshot, SpreadsheetCsv csv) throws IOException {
        switch (this) {
            case PROVINCES -> {
                for (Province p : snapshot.provinces().all()) {
                    csv.row(p.code(), p.name());
                }
            }
            case REGENCIES -> {
                for (Regency r : snapshot.regencies().all()) {
                    csv.row(r.code(), r.provinceCode(), r.name(), r.type());
                }
            }
            case DISTRICTS -> {
                for (District d : snapshot.districts().all()) {
                    csv.row(d.code(), d.regencyCode(), d.name());
                }
            }
            case VILLAGES -> {
                for (Village v : snapshot.villages().all()) {
                    csv.row(v.code(), v.districtCode(), v.name(), v.type(), v.postalCode());
                }
            }
        }
    }
}
