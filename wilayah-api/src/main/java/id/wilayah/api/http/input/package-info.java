/** Validation of query parameters before they reach the domain (body sizes: id.wilayah.api.http.body). */
package id.wilayah.api.http.input;
