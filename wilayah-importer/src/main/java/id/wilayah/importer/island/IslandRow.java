package id.wilayah.importer.island;

/** One accepted line of an islands file, canonical: codes without dots, null where the file leaves a value empty. */
public record IslandRow(long line, String code, String regencyCode, String name, Double lat, Double lng,
                        Boolean populated, boolean outermost) {
}
