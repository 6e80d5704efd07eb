/** Validation of query parameters and upload sizes before they reach the domain. */
package id.wilayah.api.http.input;
