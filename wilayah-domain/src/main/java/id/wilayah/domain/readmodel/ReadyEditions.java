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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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
        List<EditionInfo> current = withHistoryPublished(editions.ready());
        ready = current;
        return current;
    }

    /**
     * A staged edition older (by decree year) than a published edition of its code system is history, not a candidate
     * being checked before activation: the historical editions staged on the first start are read by every key (pinned,
     * cross-walked from, followed by NIKs) as the editions that were once served. A staged edition of a newer decree
     * stays unpublished until activated.
     */
    static List<EditionInfo> withHistoryPublished(List<EditionInfo> ready) {
        List<EditionInfo> result = new ArrayList<>(ready.size());
        for (EditionInfo edition : ready) {
            result.add(edition.published() || !olderThanPublished(edition, ready) ? edition
                    : new EditionInfo(edition.id(), edition.name(), edition.codeSystem(), true));
        }
        return List.copyOf(result);
    }

    private static boolean olderThanPublished(EditionInfo edition, List<EditionInfo> ready) {
        OptionalInt year = EditionChain.year(edition.name());
        return year.isPresent() && ready.stream().filter(EditionInfo::published)
                .filter(other -> other.codeSystem().equals(edition.codeSystem()))
                .map(other -> EditionChain.year(other.name()))
                .anyMatch(other -> other.isPresent() && other.getAsInt() > year.getAsInt());
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        ready = null;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionsChanged changed) {
        ready = null;
    }
}
