package id.wilayah.domain.crosswalk.review;

/**
 * A region of the source edition without counterpart ({@code toCode}, {@code match} and {@code confidence} null), or
 * one of its links with a confidence below the review threshold, with both names side by side.
 */
public record ReviewRow(String level, String fromCode, String fromName, String toCode, String toName, String match,
                        Double confidence) {
}
