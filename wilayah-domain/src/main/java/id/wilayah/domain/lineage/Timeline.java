package id.wilayah.domain.lineage;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a region's history from a chain of editions: backwards from the edition it was asked in, through the links
 * that reached it, to where it was created or to the oldest edition; then forwards to the newest edition or to where
 * it was removed. Where several links reach a region (a merge) or leave it (a split), the lineage goes on through
 * the one that keeps the code, else the surest, and the others are named in {@code with}.
 */
public final class Timeline {
    /** The chain, oldest first; step {@code i} links edition {@code i} to edition {@code i + 1}. */
    public interface Chain {
        int size();

        String editionName(int index);

        Optional<Region> region(int index, Level level, String code);

        Crosswalk step(int index);
    }

    private Timeline() {
    }

    /** The history of the region with {@code code} at {@code level} in edition {@code start} of the chain. */
    public static List<HistoryEntry> of(Chain chain, int start, Level level, String code) {
        Region region = chain.region(start, level, code).orElseThrow(() ->
                new IllegalArgumentException(code + " is not in " + chain.editionName(start)));
        List<HistoryEntry> backwards = new ArrayList<>();
        Region current = region;
        int index = start;
        while (true) {
            if (index == 0) {
                backwards.add(entry(chain.editionName(0), current, HistoryEvent.SAME, List.of()));
                break;
            }
            Crosswalk step = chain.step(index - 1);
            List<CrosswalkLink> reaching = reaching(step, level, current.code());
            if (reaching.isEmpty()) {
                backwards.add(entry(chain.editionName(index), current, HistoryEvent.CREATED, List.of()));
                break;
            }
            CrosswalkLink taken = preferred(reaching, current.code(), CrosswalkLink::fromCode);
            Region previous = chain.region(index - 1, level, taken.fromCode()).orElse(null);
            if (previous == null) {
                backwards.add(entry(chain.editionName(index), current, HistoryEvent.CREATED, List.of()));
                break;
            }
            backwards.add(arrival(chain, index, step, taken, reaching, previous, current));
            current = previous;
            index--;
        }
        Collections.reverse(backwards);
        List<HistoryEntry> timeline = new ArrayList<>(backwards);
        current = region;
        for (index = start; index + 1 < chain.size(); index++) {
            Crosswalk step = chain.step(index);
            List<CrosswalkLink> leaving = step.linksOf(current.code()).stream()
                    .filter(link -> link.level() == level).toList();
            Optional<Region> next = leaving.isEmpty() ? Optional.empty()
                    : chain.region(index + 1, level, preferred(leaving, current.code(), CrosswalkLink::toCode).toCode());
            if (next.isEmpty()) {
                timeline.add(new HistoryEntry(chain.editionName(index + 1), current.code(), current.name(),
                        current.parentCode(), HistoryEvent.REMOVED, List.of()));
                break;
            }
            CrosswalkLink taken = preferred(leaving, current.code(), CrosswalkLink::toCode);
            timeline.add(arrival(chain, index + 1, step, taken, reaching(step, level, taken.toCode()), current,
                    next.get()));
            current = next.get();
        }
        return List.copyOf(timeline);
    }

    /** The entry of {@code region} in edition {@code index}, reached from {@code previous} by {@code taken}. */
    private static HistoryEntry arrival(Chain chain, int index, Crosswalk step, CrosswalkLink taken,
                                        List<CrosswalkLink> reaching, Region previous, Region region) {
        String edition = chain.editionName(index);
        List<CrosswalkLink> parts = step.linksOf(previous.code()).stream()
                .filter(link -> link.level() == taken.level()).toList();
        if (parts.size() > 1) {
            return entry(edition, region, HistoryEvent.SPLIT_FROM, others(chain, index, taken.level(),
                    parts.stream().map(CrosswalkLink::toCode).filter(code -> !code.equals(region.code())).toList()));
        }
        if (reaching.size() > 1) {
            return entry(edition, region, HistoryEvent.MERGED_INTO, others(chain, index - 1, taken.level(),
                    reaching.stream().map(CrosswalkLink::fromCode).filter(c -> !c.equals(previous.code()))
                            .toList()));
        }
        HistoryEvent event;
        if (!previous.code().equals(region.code())) {
            event = HistoryEvent.RECODED;
        } else if (!Objects.equals(previous.parentCode(), region.parentCode())) {
            event = HistoryEvent.MOVED;
        } else if (!previous.searchKey().equals(region.searchKey())) {
            event = HistoryEvent.RENAMED;
        } else {
            event = HistoryEvent.SAME;
        }
        return entry(edition, region, event, List.of());
    }

    private static List<CrosswalkLink> reaching(Crosswalk step, Level level, String code) {
        return step.links().stream().filter(link -> link.level() == level && link.toCode().equals(code)).toList();
    }

    /** The link that keeps the code, else the surest, else the lowest code: one lineage, the same every time. */
    private static CrosswalkLink preferred(List<CrosswalkLink> links, String code,
                                           Function<CrosswalkLink, String> otherEnd) {
        return links.stream().min(Comparator
                        .comparing((CrosswalkLink link) -> !otherEnd.apply(link).equals(code))
                        .thenComparing(Comparator.comparingDouble(CrosswalkLink::confidence).reversed())
                        .thenComparing(otherEnd))
                .orElseThrow();
    }

    private static List<HistoryEntry.Other> others(Chain chain, int index, Level level, List<String> codes) {
        return codes.stream().sorted().map(code -> new HistoryEntry.Other(code,
                chain.region(index, level, code).map(Region::name).orElse(null))).toList();
    }

    private static HistoryEntry entry(String edition, Region region, HistoryEvent event,
                                      List<HistoryEntry.Other> with) {
        return new HistoryEntry(edition, region.code(), region.name(), region.parentCode(), event, with);
    }
}
