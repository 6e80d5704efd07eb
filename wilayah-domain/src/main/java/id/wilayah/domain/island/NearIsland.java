package id.wilayah.domain.island;

/** An island and how far its point lies from a pin. */
public record NearIsland(Island island, double distanceMetres) {
}
