/**
 * Where an import's files come from, a bundled dataset or an upload: four CSV files, or a SQL dump of all levels with
 * an optional postal code dump.
 */
package id.wilayah.importer.source;
