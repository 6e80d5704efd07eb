/** What changed between two editions: added, removed, renamed and re-parented regions. */
package id.wilayah.importer.diff;
