/** Storing, activating, retaining and comparing imported editions. */
package id.wilayah.importer.edition;
