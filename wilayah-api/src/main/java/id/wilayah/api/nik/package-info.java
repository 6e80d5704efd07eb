/** The NIK (national identity number) decoding endpoint. */
package id.wilayah.api.nik;
