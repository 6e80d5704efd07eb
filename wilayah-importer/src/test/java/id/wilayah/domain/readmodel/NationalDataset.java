package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.RegionFactory;
import id.wilayah.domain.region.Village;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled kemendagri-2025 edition (the importer ships its CSVs) as the server would hold it in memory,
 * loaded once per test JVM because the search tests compare the index with a full scan over every real name; and the
 * bundled kemendagri-2023, retained beside it.
 */
public final class NationalDataset {
    private static final EditionInfo ACTIVE = new EditionInfo(2, "kemendagri-2025", "KEMENDAGRI");
    private static final EditionInfo PREVIOUS = new EditionInfo(1, "kemendagri-2023", "KEMENDAGRI");
    private static RegionSnapshot snapshot;

    private NationalDataset() {
    }

    public static synchronized RegionSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = load(NameCase.UPPER);
        }
        return snapshot;
    }

    public static RegionSnapshot load(NameCase nameCase) {
        return load(ACTIVE, nameCase);
    }

    /** kemendagri-2023, not kept: only the resolver's accuracy run needs it, once. */
    public static RegionSnapshot previous() {
        return load(PREVIOUS, NameCase.UPPER);
    }

    private static RegionSnapshot load(EditionInfo edition, NameCase nameCase) {
        RegionFactory factory = new RegionFactory(nameCase);
        String name = edition.name();
        List<Province> provinces = rows(name, "provinces", r -> factory.province(r.get("code"), r.get("name")));
        List<Regency> regencies = rows(name, "regencies",
                r -> factory.regency(r.get("code"), r.get("province_code"), r.get("name"), r.get("type")));
        List<District> districts = rows(name, "districts",
                r -> factory.district(r.get("code"), r.get("regency_code"), r.get("name")));
        List<Village> villages = rows(name, "villages", r -> factory.village(r.get("code"), r.get("district_code"),
                r.get("name"), r.get("type"), r.get("postal_code").isEmpty() ? null : r.get("postal_code")));
        return new RegionSnapshot(edition, provinces, regencies, districts, villages);
    }

    private static <T> List<T> rows(String edition, String file, Function<CSVRecord, T> factory) {
        String resource = "/datasets/" + edition + "/" + file + ".csv.gz";
        try (InputStream in = NationalDataset.class.getResourceAsStream(resource);
             Reader reader = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)) {
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                rows.add(factory.apply(record));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
