/** The geography surface: boundaries, reverse geocoding, regions nearby and the GeoJSON export. */
package id.wilayah.api.geo;
