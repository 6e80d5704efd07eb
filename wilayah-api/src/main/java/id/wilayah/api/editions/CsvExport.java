package id.wilayah.api.editions;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.text.FormulaPrefix;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The four files of the native import layout, so an export can be imported again unchanged. A name that a spreadsheet
 * would read as a formula (possible only in editions imported before the importer refused them) is written with a
 * leading apostrophe, so opening an export never runs anything.
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
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
            write(snapshot, csv);
            csv.flush();
        };
    }

    private void write(RegionSnapshot snapshot, CSVPrinter csv) throws IOException {
        switch (this) {
            case PROVINCES -> {
                for (Province p : snapshot.provinces().all()) {
                    csv.printRecord(p.code(), cell(p.name()));
                }
            }
            case REGENCIES -> {
                for (Regency r : snapshot.regencies().all()) {
                    csv.printRecord(r.code(), r.provinceCode(), cell(r.name()), r.type());
                }
            }
            case DISTRICTS -> {
                for (District d : snapshot.districts().all()) {
                    csv.printRecord(d.code(), d.regencyCode(), cell(d.name()));
                }
            }
            case VILLAGES -> {
                for (Village v : snapshot.villages().all()) {
                    csv.printRecord(v.code(), v.districtCode(), cell(v.name()), v.type(), v.postalCode());
                }
            }
        }
    }

    private static String cell(String name) {
        return FormulaPrefix.neutralised(name);
    }
}
