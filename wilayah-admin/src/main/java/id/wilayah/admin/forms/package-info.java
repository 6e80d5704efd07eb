/**
 * Console forms Faces cannot restore — expired, forged, claimed stateless, sent without their view state — answered
 * with the console's "Page expired" page (400) instead of an exception.
 */
package id.wilayah.admin.forms;
