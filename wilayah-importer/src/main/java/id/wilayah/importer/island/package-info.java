/**
 * The islands file of an import ({@code islands.csv}, optional): read and checked against the edition's accepted
 * provinces and regencies once those are written, then stored in one statement batch, or not at all. A problem joins
 * the run's report with its line, so completion rejects the run and nothing of the import is kept.
 */
package id.wilayah.importer.island;
