/** Editions, their differences, metadata and CSV exports as clients read them. */
package id.wilayah.api.editions;
