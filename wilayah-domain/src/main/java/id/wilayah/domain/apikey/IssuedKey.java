package id.wilayah.domain.apikey;

/** A newly created key: the secret travels to the caller once and is never stored. */
public record IssuedKey(long id, String name, String prefix, Scope scope, String secret) {
}
