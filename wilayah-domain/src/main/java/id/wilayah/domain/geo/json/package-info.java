/** Streaming reading and validation of GeoJSON FeatureCollections into packed region shapes. */
package id.wilayah.domain.geo.json;
