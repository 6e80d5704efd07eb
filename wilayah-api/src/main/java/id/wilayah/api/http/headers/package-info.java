/** The status line and headers every response of the application carries, whoever answers it. */
package id.wilayah.api.http.headers;
