/** Crosswalks computed once per pair of editions, stored in MariaDB, kept in memory, and checked requests for them. */
package id.wilayah.domain.crosswalk.store;
