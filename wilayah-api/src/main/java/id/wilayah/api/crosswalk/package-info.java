/** The crosswalk endpoints: one code, a client's whole table of codes, and the full table as CSV (CONTRACT §4). */
package id.wilayah.api.crosswalk;
