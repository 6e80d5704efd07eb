package id.wilayah.domain.resolve;

/** The part of the input, as written, that each level of a candidate was read from; null where none was. */
public record MatchedText(String province, String regency, String district, String village, String postalCode) {
}
