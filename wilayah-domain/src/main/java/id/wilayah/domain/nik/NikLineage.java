package id.wilayah.domain.nik;

import id.wilayah.domain.crosswalk.MatchKind;

/**
 * How a NIK's district code that the requested edition lacks was led to one of its districts: the retained edition
 * that has the code, the district it names there, and the crosswalk link from it ({@code match}, {@code confidence}).
 */
public record NikLineage(String edition, String code, String name, MatchKind match, double confidence) {
}
