/** Links the regions of one edition to those of another (BPS ↔ Kemendagri, or one edition's lineage to the next) by normalised names inside already-linked parents. */
package id.wilayah.domain.crosswalk;
