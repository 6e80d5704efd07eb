package id.wilayah.domain.region;

import id.wilayah.domain.admin.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Activation on behalf of a person or key: the switch and its audit line commit together. */
@ApplicationScoped
public class EditionSwitch {
    @Inject
    EditionService editions;

    @Inject
    AuditLog audit;

    @Transactional
    public EditionInfo activate(long editionId, String actor) {
        String previous = editions.activeEdition().map(EditionInfo::name).orElse("none");
        EditionInfo activated = editions.activate(editionId);
        audit.record(actor, "EDITION_ACTIVATED", activated.name(), "previously active: " + previous);
        return activated;
    }
}
