/** Decoding a NIK into its region and birth date. */
package id.wilayah.domain.nik;
