package id.wilayah.domain.codes;

import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.edition.event.EditionsChanged;
import id.wilayah.domain.readmodel.EditionPairCache;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.ReadyEditions;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Snapshots in the codes a request asks for. An edition's own codes cost nothing; BPS codes for a Kemendagri edition
 * come from its translation through the newest ready BPS edition (imported, activated or not), built on first use from
 * the stored crosswalk and kept per pair of editions, so later requests only pick the kept snapshot. Only BPS is
 * translated to: an edition of another system asked for in Kemendagri codes answers in its own.
 */
@ApplicationScoped
public class Translations {
    private static final Logger LOG = Logger.getLogger(Translations.class.getName());

    @Inject
    ReadyEditions ready;

    @Inject
    EditionSnapshots snapshots;

    @Inject
    Crosswalks crosswalks;

    @Inject
    @ConfigProperty(name = "wilayah.codes.cache-size", defaultValue = "2")
    int cacheSize;

    private EditionPairCache<RegionSnapshot> kept;
    private volatile Recent recent;
    private volatile long crosswalksSeen;

    /** The last answer, found without a lock while neither the edition asked for nor the ready editions changed. */
    private record Recent(RegionSnapshot own, List<EditionInfo> ready, RegionSnapshot translated) {
    }

    @PostConstruct
    void keepRecentTranslations() {
        kept = new EditionPairCache<>(cacheSize);
    }

    /** {@code answering} in the codes of {@code system}. */
    public RegionSnapshot in(CodeSystem system, RegionSnapshot answering) {
        if (system != CodeSystem.BPS || system.name().equals(answering.edition().codeSystem())) {
            return answering;
        }
        long crosswalksNow = crosswalks.generation();
        if (crosswalksNow != crosswalksSeen) {
            // an administrator's manual link, here or on another node, changed the crosswalk translated through
            forget();
            crosswalksSeen = crosswalksNow;
        }
        List<EditionInfo> editions = ready.all();
        Recent seen = recent;
        if (seen != null && seen.own() == answering && seen.ready() == editions) {
            return seen.translated();
        }
        EditionInfo through = through(editions).orElseThrow(() -> new CodesUnavailableException("BPS codes need a"
                + " BPS edition to translate through, and this server has none: an administrator imports the bundled"
                + " dataset bps-2018 (console Imports, or POST /api/admin/imports {\"dataset\":\"bps-2018\","
                + "\"dryRun\":true}); it need not be activated"));
        RegionSnapshot translated = kept.get(answering.edition().id(), through.id(),
                () -> translate(answering, through, system)).translating(answering);
        recent = new Recent(answering, editions, translated);
        return translated;
    }

    /**
     * The edition BPS codes are translated through: the newest of the {@code ready} editions in BPS codes, activated
     * or not. Retention never drops it, since every key speaking BPS codes needs it.
     */
    public static Optional<EditionInfo> through(Collection<EditionInfo> ready) {
        return ready.stream().filter(edition -> CodeSystem.BPS.name().equals(edition.codeSystem()))
                .max(Comparator.comparingLong(EditionInfo::id));
    }

    private RegionSnapshot translate(RegionSnapshot own, EditionInfo through, CodeSystem system) {
        long started = System.nanoTime();
        RegionSnapshot other = snapshots.byName(through.name(), true);
        CodeMap map = CodeMap.of(crosswalks.of(new EditionPair(other, own)), other);
        RegionSnapshot translated = Translation.of(own, map, system.name());
        LOG.info(() -> String.format("Edition %s in the codes of %s: translated in %d ms", own.edition().name(),
                through.name(), (System.nanoTime() - started) / 1_000_000));
        return translated;
    }

    void onActivation(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionActivated activated) {
        forget();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionsChanged changed) {
        forget();
    }

    private void forget() {
        recent = null;
        kept.forgetAll();
    }
}
