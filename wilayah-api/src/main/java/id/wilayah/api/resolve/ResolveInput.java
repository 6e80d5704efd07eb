package id.wilayah.api.resolve;

import id.wilayah.domain.failure.InvalidInputException;

/** The query parameters of a resolution, checked so that bad input is a 400 that says what to send instead. */
final class ResolveInput {
    /** Longer than any real address with every level spelled out twice; more is no address but work for the server. */
    static final int MAX_ADDRESS_LENGTH = 500;
    static final int DEFAULT_LIMIT = 5;
    /** A table of addresses is resolved for one reading per address. */
    static final int DEFAULT_BULK_LIMIT = 1;

    private ResolveInput() {
    }

    static String query(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("Query parameter q is required: the address to resolve, e.g. "
                    + "q=Desa Neglawangi, Kec. Kertasari, Kab. Bandung");
        }
        return address(raw, "Query parameter q");
    }

    /** One address of a bulk request, as {@code what} names it in the refusal. */
    static String address(String raw, String what) {
        if (raw.length() > MAX_ADDRESS_LENGTH) {
            throw new InvalidInputException(what + " is longer than " + MAX_ADDRESS_LENGTH + " characters ("
                    + raw.length() + "): send one address, without other text");
        }
        return raw;
    }
}
