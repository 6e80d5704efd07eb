package id.wilayah.api.resolve;

import id.wilayah.domain.region.Region;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.Resolution;
import id.wilayah.domain.text.SpreadsheetCsv;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.List;

/**
 * Bulk answers as a CSV table in input order: one line per candidate, and one line with empty codes for an address
 * nothing was recognised in, so that every input line has a line to join back on. The postal code is the candidate's
 * one (the text's where it confirms the village, else the village's first), as a shipping table needs one.
 */
final class ResolvedTable {
    static final String[] HEADER = {"query", "kelurahan_code", "kecamatan_code", "kota_code", "provinsi_code",
        "postal_code", "confidence"};

    private ResolvedTable() {
    }

    static StreamingOutput of(List<Resolution> resolutions) {
        return output -> {
            // The query echoes what the client sent: written as text, never as a formula.
            SpreadsheetCsv csv = SpreadsheetCsv.open(output, HEADER);
            for (Resolution resolution : resolutions) {
                write(csv, resolution);
            }
            csv.flush();
        };
    }

    private static void write(SpreadsheetCsv csv, Resolution resolution) throws IOException {
        if (resolution.candidates().isEmpty()) {
            csv.row(resolution.query(), "", "", "", "", "", "");
        }
        for (AddressCandidate candidate : resolution.candidates()) {
            csv.row(resolution.query(), code(candidate.village()), code(candidate.district()),
                    code(candidate.regency()), code(candidate.province()),
                    candidate.postalCode() == null ? "" : candidate.postalCode(), candidate.confidence());
        }
    }

    private static String code(Region region) {
        return region == null ? "" : region.code();
    }
}
