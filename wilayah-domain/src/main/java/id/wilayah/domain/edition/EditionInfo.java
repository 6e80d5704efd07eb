package id.wilayah.domain.edition;

/** The identity of the edition a snapshot was built from. */
public record EditionInfo(long id, String name, String codeSystem) {
}
