/** The events of editions: one became ready or was dropped, one was activated; observers listen after the commit. */
package id.wilayah.domain.edition.event;
