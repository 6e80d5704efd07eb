package id.wilayah.faults;

import java.util.Arrays;
import java.util.List;

/**
 * The mixed read load: paths of both surfaces whose regions exist in both the 2023 and the 2025 edition (a 404 would be
 * an error), several of them with content that differs between the two, so a response mixing editions shows.
 */
enum EndpointGroup {
    API_LISTS("`/api` lists", List.of("/api/provinsi", "/api/kota?kode_provinsi=32", "/api/kecamatan?kode_kota=3204",
            "/api/kelurahan?kode_kecamatan=320431", "/api/kelurahan?page=1000&limit=50")),
    API_DETAILS("`/api` details", List.of("/api/provinsi/32", "/api/kota/3204", "/api/kecamatan/320431",
            "/api/kelurahan/3204312005")),
    SEARCH("`/api/search`", List.of("/api/search?q=bandung", "/api/search?q=serpong",
            "/api/search?q=bandug&fuzzy=true")),
    KODEPOS("`/api/kodepos`", List.of("/api/kodepos/40386", "/api/kodepos/15310", "/api/kodepos/40152")),
    NUSANTARA_LISTS("`/nusantara` lists", List.of("/nusantara/provinsi", "/nusantara/kabupaten?provinsiCode=32&limit=100",
            "/nusantara/kecamatan?kabkotCode=3674&name=serpong", "/nusantara/kelurahan?kecamatanCode=320431")),
    NUSANTARA_ITEMS("`/nusantara` items", List.of("/nusantara/provinsi/32", "/nusantara/kabupaten/3204",
            "/nusantara/kecamatan/367401", "/nusantara/kelurahan/3204312005"));

    private final String label;
    private final List<String> paths;

    EndpointGroup(String label, List<String> paths) {
        this.label = label;
        this.paths = paths;
    }

    String label() {
        return label;
    }

    List<String> paths() {
        return paths;
    }

    /** Every path with its group, so each path is requested equally often. */
    static List<Endpoint> all() {
        return Arrays.stream(values())
                .flatMap(group -> group.paths.stream().map(path -> new Endpoint(group, path))).toList();
    }

    record Endpoint(EndpointGroup group, String path) {
    }
}
