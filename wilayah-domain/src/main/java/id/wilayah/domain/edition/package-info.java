/**
 * Editions of the region data: their lifecycle (imported, active, retired), catalog and activation, and their order
 * through time (the chain of one code system's editions by decree year).
 */
package id.wilayah.domain.edition;
