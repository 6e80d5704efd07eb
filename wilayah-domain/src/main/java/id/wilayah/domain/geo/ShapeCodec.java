package id.wilayah.domain.geo;

import java.io.ByteArrayOutputStream;

/**
 * The compact binary form a shape is stored in: a version byte, the polygon/ring/point counts, then each point as the
 * zig-zag varint difference from the previous one. Neighbouring points of a boundary differ by a few metres, so most
 * points take a few bytes instead of two doubles.
 */
public final class ShapeCodec {
    private static final int VERSION = 1;

    private ShapeCodec() {
    }

    public static byte[] encode(Shape shape) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + shape.pointCount() * 4);
        out.write(VERSION);
        writeVarint(out, shape.polygonCount());
        for (int polygon = 0; polygon < shape.polygonCount(); polygon++) {
            writeVarint(out, shape.polygonRings()[polygon + 1] - shape.polygonRings()[polygon]);
        }
        for (int ring = 0; ring < shape.ringCount(); ring++) {
            writeVarint(out, shape.ringEnd(ring) - shape.ringStart(ring));
        }
        int[] xy = shape.packedCoordinates();
        int previousX = 0;
        int previousY = 0;
        for (int i = 0; i < xy.length; i += 2) {
            writeVarint(out, zigzag(xy[i] - previousX));
            writeVarint(out, zigzag(xy[i + 1] - previousY));
            previousX = xy[i];
            previousY = xy[i + 1];
        }
        return out.toByteArray();
    }

    public static Shape decode(byte[] bytes) {
        Cursor in = new Cursor(bytes);
        if (in.next() != VERSION) {
            throw new IllegalArgumentException("Unknown shape encoding version " + bytes[0]);
        }
        int polygons = in.varint();
        int[] polygonRings = new int[polygons + 1];
        for (int polygon = 0; polygon < polygons; polygon++) {
            polygonRings[polygon + 1] = polygonRings[polygon] + in.varint();
        }
        int[] ringEnds = new int[polygonRings[polygons]];
        int points = 0;
        for (int ring = 0; ring < ringEnds.length; ring++) {
            points += in.varint();
            ringEnds[ring] = points;
        }
        int[] xy = new int[2 * points];
        int x = 0;
        int y = 0;
        for (int i = 0; i < xy.length; i += 2) {
            x += unzigzag(in.varint());
            y += unzigzag(in.varint());
            xy[i] = x;
            xy[i + 1] = y;
        }
        return new Shape(xy, ringEnds, polygonRings);
    }

    private static int zigzag(int value) {
        return (value << 1) ^ (value >> 31);
    }

    private static int unzigzag(int value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            return bytes[position++] & 0xFF;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("Malformed shape encoding");
        }
    }
}
