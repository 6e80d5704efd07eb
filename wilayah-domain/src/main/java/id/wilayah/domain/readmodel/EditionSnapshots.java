package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionChain;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Snapshots of any retained edition by name: the active one from {@link RegionDirectory}, others loaded on first use
 * and kept in a small least-recently-used cache, since pinning clients tend to stay on one edition and each snapshot
 * of the national dataset costs tens of megabytes.
 */
@ApplicationScoped
public class EditionSnapshots {
    @Inject
    RegionDirectory directory;

    @Inject
    ReadyEditions editions;

    @Inject
    SnapshotLoader loader;

    @Inject
    @ConfigProperty(name = "wilayah.editions.pinned-cache-size", defaultValue = "2")
    int cacheSize;

    private final Map<Long, RegionSnapshot> pinned = new LinkedHashMap<>(4, 0.75f, true);

    /** As {@link #byName(String, boolean)} for a caller who may not read dry runs. */
    public RegionSnapshot byName(String name) {
        return byName(name, false);
    }

    /**
     * The snapshot of the named edition, or of the active edition when {@code name} is null or blank. An unpublished
     * edition (a dry run, {@link EditionInfo#published()}) is found only with {@code dryRunsToo}; for anyone else it
     * does not exist.
     */
    public RegionSnapshot byName(String name, boolean dryRunsToo) {
        RegionSnapshot active = directory.current();
        if (name == null || name.isBlank() || active.edition().name().equals(name.strip())) {
            return active;
        }
        String wanted = name.strip();
        EditionInfo edition = editions.named(wanted).filter(found -> dryRunsToo || found.published())
                .orElseThrow(() -> new NotFoundException("Edition " + RegionCode.printable(wanted) + " not found"));
        return cached(edition);
    }

    /**
     * The other published ready editions of {@code system} that a code of an older decree is looked up in: newest
     * first by decree year ({@link EditionChain}), then those whose name carries no year, most recently imported
     * first. Nothing is loaded.
     */
    public List<EditionInfo> lineage(CodeSystem system, EditionInfo of) {
        List<EditionInfo> dated = new ArrayList<>();
        List<EditionInfo> undated = new ArrayList<>();
        for (EditionInfo edition : editions.all()) {
            if (edition.id() != of.id() && edition.codeSystem().equals(system.name()) && edition.published()) {
                (EditionChain.year(edition.name()).isPresent() ? dated : undated).add(edition);
            }
        }
        List<EditionInfo> newestFirst = new ArrayList<>(EditionChain.of(of, dated));
        newestFirst.removeIf(edition -> edition.id() == of.id());
        Collections.reverse(newestFirst);
        Collections.reverse(undated);
        newestFirst.addAll(undated);
        return List.copyOf(newestFirst);
    }

    /**
     * Whether the edition has a region of that code: from its snapshot when in memory, else by reading the one row, so
     * asking the older editions for a code none has (a mistyped NIK) loads none of them.
     */
    public boolean has(EditionInfo edition, Level level, String code) {
        RegionSnapshot inMemory = directory.current().edition().id() == edition.id() ? directory.current()
                : inCache(edition);
        return inMemory != null ? inMemory.level(level).find(code).isPresent()
                : loader.region(edition, level, code).isPresent();
    }

    private synchronized RegionSnapshot inCache(EditionInfo edition) {
        return pinned.get(edition.id());
    }

    private synchronized RegionSnapshot cached(EditionInfo edition) {
        RegionSnapshot snapshot = pinned.get(edition.id());
        if (snapshot == null) {
            snapshot = loader.load(edition);
            pinned.put(edition.id(), snapshot);
            while (pinned.size() > Math.max(1, cacheSize)) {
                pinned.remove(pinned.keySet().iterator().next());
            }
        }
        return snapshot;
    }
}
