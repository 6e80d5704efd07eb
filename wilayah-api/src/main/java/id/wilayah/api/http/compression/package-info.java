/** Gzip for responses, done by the application so that the HTTP layer never inflates request bodies. */
package id.wilayah.api.http.compression;
