/**
 * Limits on request bodies, applied before the container or an application reads a byte of them: size, encoding and
 * multipart only where an upload is expected.
 */
package id.wilayah.api.http.body;
