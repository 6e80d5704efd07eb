package id.wilayah.domain.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The editions as clients see them: oldest first, the active one flagged. */
@ApplicationScoped
public class EditionCatalog {
    @Inject
    EditionService editions;

    /**
     * All editions, or with {@code dryRunsToo} false only the published ones ({@link Edition#isPublished()}, and the
     * staged historical ones, {@link EditionChain#withHistoryPublished}).
     */
    @Transactional
    public List<EditionSummary> list(boolean dryRunsToo) {
        Optional<Long> active = editions.activeEdition().map(EditionInfo::id);
        List<Edition> all = editions.all();
        Set<Long> published = EditionChain.withHistoryPublished(all.stream()
                        .filter(e -> e.getStatus() == EditionStatus.READY).map(Edition::info).toList())
                .stream().filter(EditionInfo::published).map(EditionInfo::id).collect(Collectors.toSet());
        return all.stream().filter(e -> dryRunsToo || e.isPublished() || published.contains(e.getId()))
                .map(e -> new EditionSummary(e.getName(), e.getCodeSystem().name(), e.getStatus().name(),
                        e.getSource(), e.getCounts(), e.getImportedAt(), e.getActivatedAt(),
                        active.isPresent() && active.get().equals(e.getId())))
                .toList();
    }
}
