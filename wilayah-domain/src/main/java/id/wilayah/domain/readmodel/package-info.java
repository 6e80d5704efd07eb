/**
 * The immutable in-memory snapshot of an edition that answers every read, its loading per edition, and the values
 * derived from pairs of editions.
 */
package id.wilayah.domain.readmodel;
