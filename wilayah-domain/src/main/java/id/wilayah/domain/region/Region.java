package id.wilayah.domain.region;

/** What every level has in common; {@code searchKey} is the upper-case name used for case-insensitive matching. */
public sealed interface Region permits Province, Regency, District, Village {
    String code();

    String parentCode();

    String name();

    String searchKey();
}
