package id.wilayah.domain.audit;

/** Optional criteria for the audit log; blank means "any". */
public record AuditFilter(String actor, String action, String text) {
    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        text = blankToNull(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
