/**
 * The code system a request speaks: the calling key's, or {@code ?codes=} for one request; the codes of region
 * answers left untranslated for want of a counterpart, reported in a header where the answer has no field for it.
 */
package id.wilayah.api.codes;
