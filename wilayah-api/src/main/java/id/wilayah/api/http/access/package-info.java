/** One log line per request, for log shippers: who asked what, with which outcome, how fast. */
package id.wilayah.api.http.access;
