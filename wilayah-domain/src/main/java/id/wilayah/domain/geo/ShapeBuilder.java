package id.wilayah.domain.geo;

import java.util.Arrays;

/** Collects polygons, rings and fixed-point points into the packed arrays of a {@link Shape}. */
public final class ShapeBuilder {
    private int[] xy = new int[256];
    private int points;
    private int[] ringEnds = new int[8];
    private int rings;
    private int[] polygonRings = new int[8];
    private int polygons;

    public void startPolygon() {
        polygonRings = grown(polygonRings, polygons + 1);
        polygonRings[polygons++] = rings;
    }

    public void startRing() {
        if (polygons == 0) {
            startPolygon();
        }
    }

    public void addPoint(int x, int y) {
        xy = grown(xy, 2 * points + 2);
        xy[2 * points] = x;
        xy[2 * points + 1] = y;
        points++;
    }

    public void endRing() {
        ringEnds = grown(ringEnds, rings + 1);
        ringEnds[rings++] = points;
    }

    public int pointCount() {
        return points;
    }

    public Shape build() {
        int[] polygonStarts = Arrays.copyOf(polygonRings, polygons + 1);
        polygonStarts[polygons] = rings;
        return new Shape(Arrays.copyOf(xy, 2 * points), Arrays.copyOf(ringEnds, rings), polygonStarts);
    }

    private static int[] grown(int[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
    }
}
