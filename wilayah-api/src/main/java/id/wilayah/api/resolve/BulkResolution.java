package id.wilayah.api.resolve;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of a bulk resolution, one per address and in input order. */
@Schema(name = "BulkResolution")
public record BulkResolution(@Schema(description = "One answer per address, in the order sent")
                             List<ResolveAnswer> results) {
}
