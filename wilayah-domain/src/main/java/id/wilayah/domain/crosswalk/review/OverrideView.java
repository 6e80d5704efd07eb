package id.wilayah.domain.crosswalk.review;

import java.time.Instant;

/** An override as listed for administrators: both regions by code and name ({@code toCode} null: no counterpart). */
public record OverrideView(String level, String fromCode, String fromName, String toCode, String toName,
                           String createdBy, Instant createdAt) {
}
