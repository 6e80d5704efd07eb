/**
 * The console's Crosswalk page: how the regions of two editions are linked, the links to review, links made by hand
 * or uploaded as a file, and the whole table as a download.
 */
package id.wilayah.admin.crosswalk;
