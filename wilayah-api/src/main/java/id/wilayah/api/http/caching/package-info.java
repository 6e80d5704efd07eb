/** Edition pinning (?edition=) and conditional requests: ETag and Cache-Control per edition. */
package id.wilayah.api.http.caching;
