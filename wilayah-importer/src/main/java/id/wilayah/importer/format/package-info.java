/**
 * Reading one level's rows of an import: a region CSV file (native or Odoo layout) or the rows of that level in a SQL
 * dump, with the problems found per line.
 */
package id.wilayah.importer.format;
