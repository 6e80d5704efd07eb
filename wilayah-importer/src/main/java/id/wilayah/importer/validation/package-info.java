/** Validation of an edition across its four files: hierarchy, codes, names, postal codes. */
package id.wilayah.importer.validation;
