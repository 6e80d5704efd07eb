/** The immutable in-memory snapshot of an edition that answers every read, and its loading per edition. */
package id.wilayah.domain.readmodel;
