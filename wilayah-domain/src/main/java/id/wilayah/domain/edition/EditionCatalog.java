package id.wilayah.domain.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The editions as clients see them: oldest first, the active one flagged. */
@ApplicationScoped
public class EditionCatalog {
    @Inject
    EditionService editions;

    /** All editions, or with {@code dryRunsToo} false only the published ones ({@link Edition#isPublished()}). */
    @Transactional
    public List<EditionSummary> list(boolean dryRunsToo) {
        Optional<Long> active = editions.activeEdition().map(EditionInfo::id);
        return editions.all().stream().filter(e -> dryRunsToo || e.isPublished())
                .map(e -> new EditionSummary(e.getName(), e.getCodeSystem().name(), e.getStatus().name(),
                        e.getSource(), e.getCounts(), e.getImportedAt(), e.getActivatedAt(),
                        active.isPresent() && active.get().equals(e.getId())))
                .toList();
    }
}
