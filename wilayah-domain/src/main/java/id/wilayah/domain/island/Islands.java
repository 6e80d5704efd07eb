package id.wilayah.domain.island;

import id.wilayah.domain.geo.Metres;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The islands of one edition, ordered by code, never modified after construction. Islands with a point are kept in
 * grid cells of {@value #CELL_DEGREES}° per side, so the nearest island within a few kilometres of a pin is found
 * among the islands of the pin's cell and its eight neighbours.
 */
public final class Islands {
    /** About 5.5 km: a search radius up to that reaches at most the neighbouring cells. */
    static final double CELL_DEGREES = 0.05;
    /** The widest search the cell size allows everywhere in Indonesia (a cell is narrowest at 11° S). */
    public static final double MAX_RADIUS_METRES = 5_000;
    private static final Islands NONE = new Islands(List.of());

    private final List<Island> all;
    private final Map<String, Island> byCode;
    private final Map<Long, List<Island>> cells;

    public Islands(List<Island> islands) {
        List<Island> sorted = new ArrayList<>(islands);
        sorted.sort(Comparator.comparing(Island::code));
        this.all = List.copyOf(sorted);
        Map<String, Island> codes = new HashMap<>(sorted.size() * 2);
        Map<Long, List<Island>> grid = new HashMap<>();
        for (Island island : sorted) {
            codes.put(island.code(), island);
            if (island.hasPosition()) {
                grid.computeIfAbsent(cell(row(island.lat()), column(island.lng())), c -> new ArrayList<>())
                        .add(island);
            }
        }
        grid.replaceAll((cell, members) -> List.copyOf(members));
        this.byCode = Map.copyOf(codes);
        this.cells = Map.copyOf(grid);
    }

    public static Islands none() {
        return NONE;
    }

    public List<Island> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    public Optional<Island> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The islands {@code filter} accepts, in code order. */
    public List<Island> list(IslandFilter filter) {
        return filter.equals(IslandFilter.ALL) ? all : all.stream().filter(filter::accepts).toList();
    }

    /**
     * The island whose point is nearest to the pin, if one lies within {@code maxMetres} (at most
     * {@link #MAX_RADIUS_METRES}).
     */
    public Optional<NearIsland> nearest(double lat, double lng, double maxMetres) {
        double radius = Math.min(maxMetres, MAX_RADIUS_METRES);
        long row = row(lat);
        long column = column(lng);
        NearIsland best = null;
        for (long r = row - 1; r <= row + 1; r++) {
            for (long c = column - 1; c <= column + 1; c++) {
                for (Island island : cells.getOrDefault(cell(r, c), List.of())) {
                    double metres = Metres.between(lat, lng, island.lat(), island.lng());
                    if (metres <= radius && (best == null || metres < best.distanceMetres())) {
                        best = new NearIsland(island, metres);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static long row(double lat) {
        return (long) Math.floor(lat / CELL_DEGREES);
    }

    private static long column(double lng) {
        return (long) Math.floor(lng / CELL_DEGREES);
    }

    private static long cell(long row, long column) {
        return row * 100_000 + column;
    }
}
