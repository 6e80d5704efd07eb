/** One-off tools that derive the bundled datasets from their published sources. */
package id.wilayah.datasets;
