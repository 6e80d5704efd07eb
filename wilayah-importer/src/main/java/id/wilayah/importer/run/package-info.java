/** Import runs as admins follow them: progress per step, validation report, diff. */
package id.wilayah.importer.run;
