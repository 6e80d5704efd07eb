/** Import runs as an administrator starts and follows them over the admin API: upload, then wait for the outcome. */
package id.wilayah.testsupport.imports;
