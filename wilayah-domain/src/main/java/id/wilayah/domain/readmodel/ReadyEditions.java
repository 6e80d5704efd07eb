package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionChain;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.edition.event.EditionsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The editions that may answer reads, held in memory so that naming one ({@code ?edition=}) costs no query. Read
 * again after a change on this node (activation, import, retention) and on every cluster poll, which also brings in
 * changes made by other nodes; while the database is unreachable the last list stays.
 */
@ApplicationScoped
public class ReadyEditions {
    @Inject
    EditionService editions;

    /** Null until first read and after a change on this node, so the next use reads the committed state. */
    private volatile List<EditionInfo> ready;

    /** The ready edition named exactly {@code name}. */
    public Optional<EditionInfo> named(String name) {
        return all().stream().filter(edition -> edition.name().equals(name)).findFirst();
    }

    /** Oldest first. */
    public List<EditionInfo> all() {
        List<EditionInfo> known = ready;
        if (known == null) {
            known = refresh();
        }
        return known;
    }

    /** Reads the list from the database now; the previous list stays if that fails. */
    public List<EditionInfo> refresh() {
        List<EditionInfo> current = EditionChain.withHistoryPublished(editions.ready());
        ready = current;
        return current;
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        ready = null;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionsChanged changed) {
        ready = null;
    }
}
