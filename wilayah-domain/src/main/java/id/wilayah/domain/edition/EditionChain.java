package id.wilayah.domain.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editions of one code system in the order of their decrees. The order is the decree year in the edition's name
 * ({@code kemendagri-2016} … {@code kemendagri-2025}), not the import order: a server that staged the historical
 * editions after the current one must still see 2016 before 2025. Editions of one year keep their import order; an
 * edition whose name carries no year takes no part in a chain unless it is one of its two ends.
 */
public final class EditionChain {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Comparator<EditionInfo> DECREE_ORDER = Comparator
            .comparingInt((EditionInfo e) -> year(e.name()).orElse(Integer.MAX_VALUE))
            .thenComparingLong(EditionInfo::id);

    private EditionChain() {
    }

    /** The last four-digit year (19xx or 20xx) in the name. */
    public static OptionalInt year(String editionName) {
        Matcher matcher = YEAR.matcher(editionName);
        OptionalInt found = OptionalInt.empty();
        while (matcher.find()) {
            found = OptionalInt.of(Integer.parseInt(matcher.group()));
        }
        return found;
    }

    /** The editions of {@code of}'s code system among {@code ready} (with a year, or {@code of} itself), oldest first. */
    public static List<EditionInfo> of(EditionInfo of, List<EditionInfo> ready) {
        List<EditionInfo> chain = new ArrayList<>();
        for (EditionInfo edition : ready) {
            boolean member = edition.id() == of.id()
                    || edition.codeSystem().equals(of.codeSystem()) && year(edition.name()).isPresent();
            if (member) {
                chain.add(edition);
            }
        }
        if (chain.stream().noneMatch(e -> e.id() == of.id())) {
            chain.add(of);
        }
        chain.sort(DECREE_ORDER);
        return List.copyOf(chain);
    }

    /**
     * The editions a crosswalk from {@code from} to {@code to} passes through, both ends included, in the direction
     * of travel (older to newer, or newer to older); empty when the two are of different code systems, in which case
     * they are linked directly.
     */
    public static List<EditionInfo> path(EditionInfo from, EditionInfo to, List<EditionInfo> ready) {
        if (!from.codeSystem().equals(to.codeSystem())) {
            return List.of();
        }
        List<EditionInfo> chain = new ArrayList<>(of(from, withEnd(ready, to)));
        if (indexOf(chain, to).isEmpty()) {
            chain.add(to);
            chain.sort(DECREE_ORDER);
        }
        int start = indexOf(chain, from).orElseThrow();
        int end = indexOf(chain, to).orElseThrow();
        List<EditionInfo> path = new ArrayList<>(chain.subList(Math.min(start, end), Math.max(start, end) + 1));
        if (start > end) {
            Collections.reverse(path);
        }
        return List.copyOf(path);
    }

    /**
     * The ready editions with those staged editions published that are older (by decree year) than a published edition
     * of their code system: history, not a candidate being checked before activation. The historical editions staged
     * on the first start are thus read by every key (pinned, cross-walked from, followed by NIKs) as the editions that
     * were once served; a staged edition of a newer decree stays unpublished until activated.
     */
    public static List<EditionInfo> withHistoryPublished(List<EditionInfo> ready) {
        List<EditionInfo> result = new ArrayList<>(ready.size());
        for (EditionInfo edition : ready) {
            result.add(edition.published() || !olderThanPublished(edition, ready) ? edition
                    : new EditionInfo(edition.id(), edition.name(), edition.codeSystem(), true));
        }
        return List.copyOf(result);
    }

    /**
     * Only an edition named as a decree of its code system ({@code kemendagri-2016}, as the bundled ones are) counts as
     * history: a dry run named otherwise ({@code console-2023}, {@code check-2024}) stays hidden from read keys
     * whatever year its name carries.
     */
    private static boolean olderThanPublished(EditionInfo edition, List<EditionInfo> ready) {
        OptionalInt year = year(edition.name());
        boolean decreeName = edition.name().equals(edition.codeSystem().toLowerCase(Locale.ROOT) + "-"
                + (year.isPresent() ? year.getAsInt() : ""));
        return decreeName && ready.stream().filter(EditionInfo::published)
                .filter(other -> other.codeSystem().equals(edition.codeSystem()))
                .map(other -> year(other.name()))
                .anyMatch(other -> other.isPresent() && other.getAsInt() > year.getAsInt());
    }

    private static List<EditionInfo> withEnd(List<EditionInfo> ready, EditionInfo end) {
        if (ready.stream().anyMatch(e -> e.id() == end.id())) {
            return ready;
        }
        List<EditionInfo> all = new ArrayList<>(ready);
        all.add(end);
        return all;
    }

    private static Optional<Integer> indexOf(List<EditionInfo> chain, EditionInfo edition) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).id() == edition.id()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
