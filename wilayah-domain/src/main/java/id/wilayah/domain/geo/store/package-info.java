/** Where an edition's shapes are stored, and the geo read model of the active (or a pinned) edition loaded from there. */
package id.wilayah.domain.geo.store;
