/** Where an import's four files come from: a bundled dataset or an upload. */
package id.wilayah.importer.source;
