/** The JSR-352 import job: starting it and its reader, validator, writer and listeners. */
package id.wilayah.importer.job;
