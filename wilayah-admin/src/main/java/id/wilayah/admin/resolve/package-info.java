/**
 * The console's "Resolve addresses" page: pasted or uploaded address lines read as regions of the active edition by
 * its address resolver, shown a page at a time with the doubtful ones marked, and downloadable as CSV.
 */
package id.wilayah.admin.resolve;
