/** Decoding a NIK into its region (followed through the code lineage when its district was re-coded) and birth date. */
package id.wilayah.domain.nik;
