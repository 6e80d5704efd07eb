package id.wilayah.api.metrics;

/** What a request's timer is labelled with. */
record RequestKind(String surface, String endpoint, String method, int status) {
}
