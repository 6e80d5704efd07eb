/** Page parameters and Link headers for paged lists. */
package id.wilayah.api.http.paging;
