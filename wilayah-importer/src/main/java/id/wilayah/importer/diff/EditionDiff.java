package id.wilayah.importer.diff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed from one edition to another, level by level. */
@Schema(name = "EditionDiff")
public record EditionDiff(@Schema(example = "kemendagri-2023") String from,
                          @Schema(example = "kemendagri-2025") String to,
                          @Schema(description = "provinces, regencies, districts, villages, in that order")
                          List<LevelDiff> levels,
                          @Schema(description = "The islands compared code by code; absent from diffs recorded"
                                  + " before editions had islands") IslandChanges islands) {

    /**
     * Counts are exact; each list holds at most {@value #MAX_LISTED} entries, ordered by code. A region that kept its
     * code is {@code renamed} when its normalised name changed and {@code respelled} when only the spelling did; a
     * region whose code changed is {@code recoded}, and no longer counted as removed and added; {@code reparented}
     * are the re-coded regions that also moved to another parent. Diffs recorded before re-coding and respelling were
     * told apart lack those fields.
     */
    @Schema(name = "EditionLevelDiff")
    public record LevelDiff(
            @Schema(description = "PROVINCE, REGENCY, DISTRICT or VILLAGE", example = "REGENCY") String level,
            @Schema(description = "Codes new in `to`, re-coded regions not included") int added,
            @Schema(description = "Codes gone from `to`, re-coded regions not included") int removed,
            @Schema(description = "Same code, a different name, not only a different spelling") int renamed,
            @Schema(description = "Re-coded regions whose parent is another region (not the re-coded parent)")
            int reparented,
            List<String> addedCodes, List<String> removedCodes, List<Renamed> renamedCodes,
            List<Reparented> reparentedCodes,
            @Schema(description = "Same code, the name spelled differently (KAB. ACEH SELATAN → Kabupaten Aceh"
                    + " Selatan): equal once normalised as the crosswalk normalises names") int respelled,
            @Schema(description = "A removed code whose region lives on under an added code, one to one, by the"
                    + " crosswalk between the two editions") int recoded,
            List<Renamed> respelledCodes, List<Recoded> recodedCodes,
            @Schema(description = "Boundaries compared code by code") GeometryChanges geometry) {
    }

    @Schema(name = "EditionDiffRename")
    public record Renamed(@Schema(example = "1114") String code,
                          @Schema(example = "KAB. TOBA SAMOSIR") String fromName,
                          @Schema(example = "Kabupaten Toba") String toName) {
    }

    @Schema(name = "EditionDiffMove")
    public record Reparented(@Schema(example = "9201") String fromCode, @Schema(example = "9601") String toCode,
                             @Schema(example = "92") String fromParent, @Schema(example = "96") String toParent,
                             @Schema(example = "Kabupaten Sorong") String name) {
    }

    /** {@code match} and {@code confidence} are those of the crosswalk link that ties the two codes. */
    @Schema(name = "EditionDiffRecode")
    public record Recoded(@Schema(example = "920104") String fromCode, @Schema(example = "960102") String toCode,
                          @Schema(example = "Beraur") String fromName, @Schema(example = "Beraur") String toName,
                          @Schema(example = "9201") String fromParent, @Schema(example = "9601") String toParent,
                          @Schema(description = "exact-name, fuzzy-name, split, merged or manual",
                                  example = "exact-name") String match,
                          @Schema(description = "0..1", example = "1.0") double confidence) {
    }

    /**
     * Boundaries of the level: codes with a boundary only in {@code to} (added) or only in {@code from} (removed), and
     * codes with one in both whose stored shapes differ (changed) or not (unchanged).
     */
    @Schema(name = "EditionDiffGeometry")
    public record GeometryChanges(int added, int removed, int changed, int unchanged) {
        public static final GeometryChanges NONE = new GeometryChanges(0, 0, 0, 0);
    }

    /**
     * The islands of both editions: how many each has, codes only in {@code to} (added) or only in {@code from}
     * (removed), and codes in both whose name changed (renamed, case ignored) or whose regency changed (moved).
     */
    @Schema(name = "EditionDiffIslands")
    public record IslandChanges(@Schema(example = "0") int fromCount, @Schema(example = "17294") int toCount,
                                @Schema(example = "17294") int added, @Schema(example = "0") int removed,
                                @Schema(example = "0") int renamed, @Schema(example = "0") int moved) {
    }

    public static final int MAX_LISTED = 1000;
}
