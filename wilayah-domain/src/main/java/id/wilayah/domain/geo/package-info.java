/** The geography of an edition in memory: packed region shapes, a spatial index per level, reverse geocoding. */
package id.wilayah.domain.geo;
