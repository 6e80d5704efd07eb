/**
 * An administrator's review of a crosswalk: how its regions are linked per level and kind, the links to check
 * (unlinked regions and links below a confidence threshold), and overrides made by hand or by file, audited.
 */
package id.wilayah.domain.crosswalk.review;
