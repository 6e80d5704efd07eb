package id.wilayah.domain.resolve;

import id.wilayah.domain.region.Village;

/**
 * One address of the development set: its style, its text, the village it was written for, and whether the text
 * singles that village out (false when another village of the same name fits every level the text gives).
 */
record LabelledAddress(AddressStyle style, String text, Village village, boolean singlesOut) {
}
