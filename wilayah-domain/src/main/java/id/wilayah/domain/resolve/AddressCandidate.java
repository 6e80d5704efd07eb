package id.wilayah.domain.resolve;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import java.util.List;

/**
 * One reading of an address: its region at each level ({@code village} null when the text names none that could be
 * found, and so on upwards), the postal code, how likely it is to be the intended one, the part of the text each level
 * was read from, and what lowered that likelihood.
 */
public record AddressCandidate(Province province, Regency regency, District district, Village village,
                               String postalCode, double confidence, MatchedText matched, List<String> notes) {
}
