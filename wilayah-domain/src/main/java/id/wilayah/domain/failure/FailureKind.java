package id.wilayah.domain.failure;

/**
 * What kind of failure a caller is told about, with the HTTP status, problem type and title it is reported under.
 * Kept in the domain so that the domain's own failures and the HTTP layer's share one list; the status is a plain int
 * because the domain knows no HTTP library.
 */
public enum FailureKind {
    INVALID_INPUT(400, "invalid-input", "Bad Request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not Found"),
    CONFLICT(409, "conflict", "Conflict"),
    UPLOAD_TOO_LARGE(413, "upload-too-large", "Request Entity Too Large"),
    RATE_LIMITED(429, "rate-limited", "Too Many Requests"),
    INTERNAL(500, "internal", "Internal Server Error"),
    UNAVAILABLE(503, "unavailable", "Service Unavailable");

    private static final String PROBLEM_TYPE_BASE = "urn:wilayah:problem:";

    private final int status;
    private final String problemType;
    private final String title;

    FailureKind(int status, String problemTypeName, String title) {
        this.status = status;
        this.problemType = PROBLEM_TYPE_BASE + problemTypeName;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The RFC 9457 problem type, e.g. {@code urn:wilayah:problem:not-found}. */
    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }
}
