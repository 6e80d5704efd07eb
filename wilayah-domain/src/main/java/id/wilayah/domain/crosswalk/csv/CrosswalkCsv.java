package id.wilayah.domain.crosswalk.csv;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.text.SpreadsheetCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The whole crosswalk between two editions as one CSV file: one line per link, and one line with empty {@code to_*}
 * columns for a region without counterpart; every region of {@code from}, provinces first, each level in code order.
 * Names that a spreadsheet would run as a formula are written as text ({@link SpreadsheetCsv}).
 */
public final class CrosswalkCsv {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String[] HEADER = {"level", "from_code", "from_name", "to_code", "to_name", "match",
        "confidence"};

    private CrosswalkCsv() {
    }

    /** The name a download of this pair's table is saved under. */
    public static String fileName(EditionPair pair) {
        return "crosswalk-" + pair.source().edition().name() + "--" + pair.target().edition().name() + ".csv";
    }

    public static void write(EditionPair pair, Crosswalk crosswalk, OutputStream output) throws IOException {
        SpreadsheetCsv csv = SpreadsheetCsv.open(output, HEADER);
        for (Level level : Level.values()) {
            write(csv, level, pair.source().level(level).all(), pair.target(), crosswalk);
        }
        csv.flush();
    }

    private static void write(SpreadsheetCsv csv, Level level, List<? extends Region> regions, RegionSnapshot target,
                              Crosswalk crosswalk) throws IOException {
        for (Region region : regions) {
            List<CrosswalkLink> links = crosswalk.linksOf(region.code());
            if (links.isEmpty()) {
                csv.row(level.label(), region.code(), region.name(), "", "", "", "");
            }
            for (CrosswalkLink link : links) {
                String name = target.level(level).find(link.toCode()).map(Region::name).orElse("");
                csv.row(level.label(), region.code(), region.name(), link.toCode(), name,
                        link.kind().label(), link.confidence());
            }
        }
    }
}
