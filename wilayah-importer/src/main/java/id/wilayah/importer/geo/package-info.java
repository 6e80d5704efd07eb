/** Importing an edition's boundaries: one GeoJSON FeatureCollection per level, checked and stored with the edition. */
package id.wilayah.importer.geo;
