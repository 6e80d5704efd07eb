package id.wilayah.importer.edition;

import id.wilayah.domain.audit.AuditLog;
import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionConflictException;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.EditionStatus;
import id.wilayah.domain.edition.EditionSummary;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.ReadyEditions;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.importer.diff.EditionDiff;
import id.wilayah.importer.diff.EditionDiffCache;
import id.wilayah.importer.diff.EditionDiffer;
import id.wilayah.importer.diff.EditionRowsLoader;
import id.wilayah.importer.diff.GeometryComparison;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** What an admin does with editions: list the retained ones, activate one (also a rollback), compare two. */
@ApplicationScoped
public class EditionManagement {
    /** Edition names have at most this many characters; a longer one is not repeated back in the error. */
    private static final int MAX_ECHOED_NAME = 64;

    @Inject
    EditionService editions;

    @Inject
    EditionRowsLoader rows;

    @Inject
    EditionDiffCache diffs;

    @Inject
    GeometryComparison geometry;

    @Inject
    Crosswalks crosswalks;

    @Inject
    EditionSnapshots snapshots;

    @Inject
    ReadyEditions readyEditions;

    @Inject
    AuditLog audit;

    /** Ready editions, oldest first, with the active one flagged. */
    @Transactional
    public List<EditionSummary> retained() {
        Long activeId = editions.activeEdition().map(EditionInfo::id).orElse(null);
        return editions.all().stream().filter(edition -> edition.getStatus() == EditionStatus.READY)
                .map(edition -> summary(edition, edition.getId().equals(activeId))).toList();
    }

    /** Makes the named ready edition serve reads; the read model swaps once this transaction commits. */
    @Transactional
    public EditionSummary activate(String name, String actor) {
        Edition edition = ready(name, true);
        activate(edition.getId(), actor);
        return summary(edition, true);
    }

    @Transactional
    public void activate(long editionId, String actor) {
        String previous = editions.activeEdition().map(EditionInfo::name).orElse("none");
        EditionInfo activated = editions.activate(editionId);
        audit.record(actor, "EDITION_ACTIVATED", activated.name(), "previously active: " + previous);
    }

    public EditionDiff diff(String from, String to) {
        return diff(from, to, true);
    }

    /** As {@link #diff(String, String)}; without {@code dryRunsToo} an unpublished edition is reported unknown. */
    public EditionDiff diff(String from, String to, boolean dryRunsToo) {
        Edition before = ready(from, dryRunsToo);
        Edition after = ready(to, dryRunsToo);
        return diff(before.getId(), before.getName(), after.getId(), after.getName());
    }

    /** The diff from the active edition to the given one, or empty when nothing is active yet. */
    public Optional<EditionDiff> diffAgainstActive(long editionId) {
        Optional<EditionInfo> active = editions.activeEdition();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Edition target = editions.all().stream().filter(edition -> edition.getId() == editionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Edition " + editionId + " does not exist"));
        return Optional.of(diff(active.get().id(), active.get().name(), editionId, target.getName()));
    }

    private EditionDiff diff(long fromId, String fromName, long toId, String toName) {
        return diffs.get(fromId, toId, () -> EditionDiffer.between(fromName, rows.load(fromId), toName,
                rows.load(toId), lineage(fromName, toName), geometry.between(fromId, toId)));
    }

    /**
     * The crosswalk between the two editions, which tells a re-coded region from a removed and an added one: stored
     * or computed (and then stored) by {@link Crosswalks}, so the one computed for an import's diff is the one the
     * crosswalk endpoints serve.
     */
    private Crosswalk lineage(String from, String to) {
        RegionSnapshot source = snapshot(from);
        RegionSnapshot target = snapshot(to);
        if (source.edition().id() == target.edition().id()) {
            return new Crosswalk(source.edition(), target.edition(), List.of());
        }
        return crosswalks.of(new EditionPair(source, target));
    }

    /** An edition staged a moment ago, or by another node since its last poll, is not in the ready list yet. */
    private RegionSnapshot snapshot(String name) {
        if (readyEditions.named(name).isEmpty()) {
            readyEditions.refresh();
        }
        return snapshots.byName(name, true);
    }

    private Edition ready(String name, boolean dryRunsToo) {
        Edition edition = editions.findByName(name).filter(found -> dryRunsToo || found.isPublished())
                .orElseThrow(() -> new NotFoundException(name.length() > MAX_ECHOED_NAME
                        ? "No edition has a name that long (at most " + MAX_ECHOED_NAME + " characters)"
                        : "No edition named '" + name + "'"));
        if (edition.getStatus() != EditionStatus.READY) {
            throw new EditionConflictException("Edition " + name + " is " + edition.getStatus()
                    + "; only a ready edition can be activated or compared");
        }
        return edition;
    }

    private static EditionSummary summary(Edition edition, boolean active) {
        return new EditionSummary(edition.getName(), edition.getCodeSystem().name(), edition.getStatus().name(),
                edition.getSource(), edition.getCounts(), edition.getImportedAt(), edition.getActivatedAt(), active);
    }
}
