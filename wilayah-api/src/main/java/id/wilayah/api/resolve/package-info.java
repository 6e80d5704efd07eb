/**
 * Address resolution over HTTP (CONTRACT §6): one free-text address, or a client's whole table of them, read as the
 * regions of the requested edition by its {@code AddressResolver} and answered in the request's code system.
 */
package id.wilayah.api.resolve;
