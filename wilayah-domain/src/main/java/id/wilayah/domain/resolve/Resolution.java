package id.wilayah.domain.resolve;

import java.util.List;

/** The candidates for one address, likeliest first, and what of it named no region (street, number, RT/RW ...). */
public record Resolution(String query, List<AddressCandidate> candidates, String rest) {
}
