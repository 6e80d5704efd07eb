/**
 * What changed between two editions: added, removed, re-coded, renamed, respelled and re-parented regions, and
 * boundaries added, removed and changed.
 */
package id.wilayah.importer.diff;
