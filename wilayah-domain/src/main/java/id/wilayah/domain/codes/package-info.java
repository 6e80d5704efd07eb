/**
 * Answers in another code system: a snapshot of an official edition translated, once per edition, into the codes of
 * the newest ready BPS edition through the crosswalk between them, so a key that speaks BPS codes is answered from the
 * same regions at no cost per request.
 */
package id.wilayah.domain.codes;
