/** GeoJSON: streaming reading and validation of FeatureCollections into packed region shapes, and writing them back. */
package id.wilayah.domain.geo.json;
