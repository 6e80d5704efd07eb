/** Page parameters, Link headers for paged lists, and links built from the configured public URL. */
package id.wilayah.api.http.paging;
