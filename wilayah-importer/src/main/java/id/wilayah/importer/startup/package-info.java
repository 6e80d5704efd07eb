/**
 * What the importer does when the application starts: the first-start import, the datasets staged after it, and
 * cleanup of interrupted runs.
 */
package id.wilayah.importer.startup;
