/**
 * Rules for text that people type or import: which characters a name may never hold, and how uploaded text files are
 * read.
 */
package id.wilayah.domain.text;
