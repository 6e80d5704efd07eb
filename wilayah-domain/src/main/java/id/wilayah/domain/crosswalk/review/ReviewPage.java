package id.wilayah.domain.crosswalk.review;

import java.util.List;

/** One page of the rows to review; {@code first} is the 0-based position of its first row among all {@code total}. */
public record ReviewPage(List<ReviewRow> rows, int first, int total) {
}
