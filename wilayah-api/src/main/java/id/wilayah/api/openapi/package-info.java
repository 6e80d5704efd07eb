/**
 * Repairs of the OpenAPI model Payara builds from the annotations, so that the served document says what the wire
 * carries and passes a linter: record schemas rebuilt from their JSON-B names and all their components, and the
 * annotation defaults Payara copies into every schema (a {@code maxProperties: 0} would forbid any property) removed.
 * Method: plain walks over the MicroProfile OpenAPI model, called from the application's OASFilter; no knowledge of
 * the resources beyond the classes it is handed.
 */
package id.wilayah.api.openapi;
