/** Headers every response of the application carries, whoever answers it. */
package id.wilayah.api.http.headers;
