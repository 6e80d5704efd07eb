/**
 * Vector tiles of an edition's boundaries ({@code /api/tiles/{z}/{x}/{y}.mvt}): Mapbox Vector Tiles drawn from the
 * geography model in memory, one layer per level from the zoom at which its regions can be seen, kept once drawn in a
 * cache bounded in bytes. The drawing projects, clips and simplifies in tile units; the encoding is the
 * mapbox-vector-tile-java library's.
 */
package id.wilayah.api.tiles;
