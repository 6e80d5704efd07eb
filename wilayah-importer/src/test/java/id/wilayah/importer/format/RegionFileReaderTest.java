package id.wilayah.importer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.importer.source.RegionFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegionFileReaderTest {
    /** 50 MiB of one quoted cell, made up as it is read: the reading stops after its first MiB. */
    @Test
    void aCellLongerThanTheLimitStopsReadingOnItsLine() throws IOException {
        InputStream huge = new SequenceInputStream(new ByteArrayInputStream(
                "code,name\n32,JAWA BARAT\n33,\"".getBytes(StandardCharsets.UTF_8)), new RepeatedLetter(50 << 20));
        try (RegionFileReader reader = new RegionFileReader(RegionFile.PROVINCES, huge)) {
            assertEquals("JAWA BARAT", reader.next().name());
            RejectedLineException rejected = assertThrows(RejectedLineException.class, reader::next);
            assertEquals(new ValidationProblem("provinces.csv", 3,
                    "malformed CSV, reading stopped here: a cell longer than 1048576 characters"), rejected.problem());
        }
    }

    private static final class RepeatedLetter extends InputStream {
        private long remaining;

        RepeatedLetter(long count) {
            this.remaining = count;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 'a' : -1;
        }
    }
}
