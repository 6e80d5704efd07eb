/**
 * The islands of an edition (pulau, CONTRACT §7): each with its code ({@code 11.01.40001}), its regency (or only its
 * province), its point, whether it is inhabited and whether it is an outermost small island. Held in memory with the
 * edition's regions; lookups by code, filters for the list, and the nearest island to a pin through a grid of cells,
 * so a reverse lookup reads the few islands around the pin instead of all of them.
 */
package id.wilayah.domain.island;
