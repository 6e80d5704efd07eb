/** Regions as values: the four levels, their codes and the region records. */
package id.wilayah.domain.region;
