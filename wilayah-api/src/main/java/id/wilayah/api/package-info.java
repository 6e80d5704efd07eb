/** The deployable application: the two JAX-RS applications and the OpenAPI rules they share. */
package id.wilayah.api;
