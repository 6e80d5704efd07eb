/**
 * Rules for text that people type, import or open: which characters a name may never hold, how far a typed word is
 * from a name, how uploaded text files are read, and how the CSV files the service writes keep spreadsheets from
 * running their cells.
 */
package id.wilayah.domain.text;
