/**
 * The OpenAPI document as a contract the tests hold the server to: the served document lints clean and equals the
 * committed one the Java client is generated from, and every response the conformance suite receives matches the
 * schema the document declares for its operation, status and media type. Method: the document is read as JSON and
 * each response body validated against the schema at its JSON pointer (OpenAPI 3.0 dialect), so a component's
 * {@code $ref} resolves in the same document.
 */
package id.wilayah.openapi;
