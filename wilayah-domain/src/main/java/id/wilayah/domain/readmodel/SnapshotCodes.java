package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whose codes a snapshot speaks. A snapshot loaded from an edition speaks the edition's own; a translated snapshot (see
 * {@code id.wilayah.domain.codes}) holds the same regions under the codes of another system, and knows for each region
 * its own code, whether it kept that code for want of a counterpart, and which codes mean another region in that
 * system. Region sets and maps are by identity: in a translated snapshot a kept code may equal another region's
 * translated one.
 */
public final class SnapshotCodes {
    private final String system;
    private final boolean translated;
    private final Set<Region> kept;
    private final Set<Region> parentKept;
    private final Set<Region> ambiguous;
    private final Set<Region> parentAmbiguous;
    private final Map<Region, String> ownCodes;
    private final Map<Level, Map<String, Region>> byOwnCode;

    /**
     * @param kept            regions without a counterpart, which keep their own code
     * @param parentKept      regions whose parent kept its own code
     * @param ambiguous       kept regions whose code is also a code of the other system: not found by that code
     * @param parentAmbiguous regions whose parent is ambiguous: not listed under that parent's code
     * @param ownCodes        each translated region's code in its edition
     * @param byOwnCode       per level, every region by its code in its edition
     */
    public SnapshotCodes(String system, Set<Region> kept, Set<Region> parentKept, Set<Region> ambiguous,
                         Set<Region> parentAmbiguous, Map<Region, String> ownCodes,
                         Map<Level, Map<String, Region>> byOwnCode) {
        this.system = system;
        this.translated = true;
        this.kept = kept;
        this.parentKept = parentKept;
        this.ambiguous = ambiguous;
        this.parentAmbiguous = parentAmbiguous;
        this.ownCodes = ownCodes;
        this.byOwnCode = byOwnCode;
    }

    private SnapshotCodes(String system) {
        this.system = system;
        this.translated = false;
        this.kept = Set.of();
        this.parentKept = Set.of();
        this.ambiguous = Set.of();
        this.parentAmbiguous = Set.of();
        this.ownCodes = Map.of();
        this.byOwnCode = Map.of();
    }

    /** An edition's own codes; an edition that does not say whose they are (none stored so) uses Kemendagri's. */
    static SnapshotCodes own(String system) {
        return new SnapshotCodes(system == null ? CodeSystem.KEMENDAGRI.name() : system);
    }

    /** The code system of the codes this snapshot answers with, e.g. {@code KEMENDAGRI} or {@code BPS}. */
    public String system() {
        return system;
    }

    public boolean translated() {
        return translated;
    }

    /** The region has no counterpart in this snapshot's system and answers with its edition's own code. */
    public boolean codeKept(Region region) {
        return translated && kept.contains(region);
    }

    public boolean parentCodeKept(Region region) {
        return translated && parentKept.contains(region);
    }

    boolean findable(Region region) {
        return !ambiguous.contains(region);
    }

    boolean listedUnderParent(Region region) {
        return !parentAmbiguous.contains(region);
    }

    /** The region's code in its edition (geography and NIK digits are keyed by it). */
    public String ownCode(Region region) {
        if (!translated) {
            return region.code();
        }
        String own = ownCodes.get(region);
        return own == null ? region.code() : own;
    }

    Optional<Region> byOwnCode(Level level, String ownCode) {
        return Optional.ofNullable(byOwnCode.getOrDefault(level, Map.of()).get(ownCode));
    }
}
