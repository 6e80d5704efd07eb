/**
 * The names regions had in the other retained editions of their code system, followed through the crosswalk to the
 * region of the active edition, so that the active edition's resolver also reads an address written with a name
 * since changed. Derived in the background whenever an edition starts being served, and whenever crosswalk overrides
 * change on this node, then handed to the read model as a whole.
 */
package id.wilayah.domain.resolve.history;
