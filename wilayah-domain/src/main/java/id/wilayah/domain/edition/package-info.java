/** Editions of the region data: their lifecycle (imported, active, retired), catalog and activation. */
package id.wilayah.domain.edition;
