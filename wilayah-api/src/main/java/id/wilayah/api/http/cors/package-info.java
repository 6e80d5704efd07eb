/** Cross-origin requests from configured origins. */
package id.wilayah.api.http.cors;
