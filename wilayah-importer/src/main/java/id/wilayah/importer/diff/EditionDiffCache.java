package id.wilayah.importer.diff;

import id.wilayah.domain.readmodel.EditionPairCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Diffs kept per pair of editions, for the {@code wilayah.editions.diff-cache-size} most recently used pairs. */
@ApplicationScoped
public class EditionDiffCache extends EditionPairCache<EditionDiff> {
    /** For the CDI client proxy only. */
    EditionDiffCache() {
        this(1);
    }

    @Inject
    public EditionDiffCache(@ConfigProperty(name = "wilayah.editions.diff-cache-size", defaultValue = "6")
                            int capacity) {
        super(capacity);
    }
}
