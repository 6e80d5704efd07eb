/** The wilayah-nusantara-compatible surface under /nusantara. */
package id.wilayah.api.nusantara;
