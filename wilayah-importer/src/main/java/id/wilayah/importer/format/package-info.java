/** Reading one region CSV file: layouts (native, Odoo), rows, and problems found per line. */
package id.wilayah.importer.format;
