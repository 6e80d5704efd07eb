/** The JSON shapes of the wilayah-nusantara surface: one item per level and the paged list envelope. */
package id.wilayah.api.nusantara.view;
