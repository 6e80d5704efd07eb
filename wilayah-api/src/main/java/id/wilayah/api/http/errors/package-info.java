/** The one error path: every failure becomes problem+json or the /nusantara error shape. */
package id.wilayah.api.http.errors;
