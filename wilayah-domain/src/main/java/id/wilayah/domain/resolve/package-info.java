/**
 * Address resolution: free-text Indonesian addresses read as the regions of one edition, with a calibrated confidence.
 *
 * <p>The method, in the order a query meets it, and why:
 * <ol>
 * <li><b>Words.</b> The text is cut into words at anything not a letter or digit; commas, semicolons, bars and line
 * breaks also end a segment, because no region's name spans one. Each word is folded: upper case, no diacritics, old
 * spellings as today ({@code DJ}→{@code J}, {@code TJ}→{@code C}, {@code OE}→{@code U}, ...), common abbreviations
 * spelled out ({@code Tg.}→{@code TANJUNG}). Names are folded the same way when the resolver is built, so folding can
 * only merge spellings, never make a modern name unmatchable.</li>
 * <li><b>Roles.</b> Before any lookup, words are marked as a level's prefix ({@code Kec.}, {@code Kota Adm.}), a postal
 * code, or rest: street ({@code Jl.}, {@code Gg.}), house number, RT/RW, hamlet ({@code Dusun}), housing estate
 * ({@code Perum}), block. Streets and hamlets are very often named like villages elsewhere (Jl. Merdeka, Dusun
 * Sukamaju); reading them as regions is the commonest way to go wrong. A marker's run ends at the segment's end, or in
 * text without segments at its number or after a few words, so that it cannot swallow the regions after it.</li>
 * <li><b>Names.</b> Every run of words within a segment is looked up exactly in each level's table of names (with and
 * without openings people drop, such as {@code Kabupaten} or {@code Daerah Khusus Ibukota}, and the short forms of
 * {@link id.wilayah.domain.resolve.ShortForms}). Only runs with a word no exact name explains are then compared within
 * the fuzzy search's tolerance, and for districts and villages only under the regions the text names or the postal
 * code points to: across the whole country almost any word is near some village, and it is the hierarchy that makes a
 * near name believable. The distance is the optimal string alignment, not the fuzzy search's Levenshtein: typing
 * swaps two neighbouring letters as often as it drops one ({@code Arinona} for {@code AIRNONA}), and Levenshtein counts
 * a swap twice, past the tolerance of short names. A prefix before a run restricts it to its level (and to Kabupaten
 * or Kota).</li>
 * <li><b>Former names.</b> A run may also be a name a region bore in another retained edition of the code system,
 * given by {@link id.wilayah.domain.resolve.AddressResolver#withFormerNames} (see
 * {@link id.wilayah.domain.resolve.history}): addresses outlive renamings, and the crosswalk knows which region of
 * today the renamed one is. Only exact former names count, a typo in a name no longer used being too weak a sign. Such
 * a mention is worth a little less than a name of today, so a region called so today wins where both fit, and the
 * candidate notes the edition and the name.</li>
 * <li><b>Readings.</b> Each name found anchors a reading: its region and its ancestors, each ancestor credited only when
 * the text names it too, by words no other level of the reading uses. A village is thus credited with its district,
 * regency and province only if those are the ones the text names. Names the text gives above the anchor that the
 * reading does not pass through count against it, so a village of the same name elsewhere loses to the named
 * district. A postal code of the reading's village adds strong evidence; one of another district subtracts and is
 * noted. A reading that stops above a region another reading goes below is dropped.</li>
 * <li><b>Confidence.</b> Two things multiply: how much the reading's own evidence can justify (a village with its
 * district and a higher level or postal code may come close to 1; a level missing, a typo, a former name, a conflicting
 * postal code or a contradicting name each lower it, and each is noted), and the reading's share among the competing
 * readings, a softmax over their scores. Readings that score the same, such as two villages of one name in the named
 * district with no postal code to tell them apart, share the confidence, so neither reaches 0.9 and both are listed.
 * The constants were set on a generated development set and are checked against the measured reliability; see
 * wilayah-importer/RESOLVE-ACCURACY.md.</li>
 * </ol>
 */
package id.wilayah.domain.resolve;
