/**
 * A region's history through the retained editions of its code system: where it came from and what became of it,
 * edition by edition, read from the crosswalks of consecutive editions (the chain of
 * {@link id.wilayah.domain.edition.EditionChain}). One lineage is followed: at a merge or split the strongest link,
 * the other regions of the event named beside it.
 */
package id.wilayah.domain.lineage;
