package id.wilayah.api.http.paging;

import id.wilayah.api.http.caching.EntityTags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.InvalidInputException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingAndCachingTest {
    @Test
    void noPageParametersMeansTheWholeList() {
        assertNull(PageRequest.optional(null, " "));
    }

    @Test
    void eitherParameterAloneDefaultsTheOther() {
        assertEquals(new PageRequest(3, 100), PageRequest.optional("3", null));
        assertEquals(new PageRequest(1, 50), PageRequest.optional(null, "50"));
    }

    @Test
    void outOfRangeOrNonNumericPagesAreRejected() {
        for (String bad : List.of("0", "-1", "x", "1.5", "99999999999")) {
            assertThrows(InvalidInputException.class, () -> PageRequest.of(bad, null, 10), bad);
        }
        assertThrows(InvalidInputException.class, () -> PageRequest.of("1", "1001", 10));
        assertThrows(InvalidInputException.class, () -> PageRequest.of("1", "0", 10));
    }

    @Test
    void theReplacedApisPagesCountWithZeroAndHaveNoUpperBound() {
        assertEquals(List.of(), PageRequest.ofAnySize("1", "0", 10).slice(List.of(1, 2, 3)));
        assertEquals(List.of(1, 2, 3), PageRequest.ofAnySize(null, "100000", 10).slice(List.of(1, 2, 3)));
        for (String bad : List.of("-1", "x", "99999999999")) {
            assertThrows(InvalidInputException.class, () -> PageRequest.ofAnySize("1", bad, 10), bad);
        }
    }

    @Test
    void slicesBeyondTheEndAreEmpty() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(3, 4), new PageRequest(2, 2).slice(all));
        assertEquals(List.of(5), new PageRequest(3, 2).slice(all));
        assertTrue(new PageRequest(4, 2).slice(all).isEmpty());
        assertTrue(new PageRequest(Integer.MAX_VALUE, 1000).slice(all).isEmpty());
    }

    @Test
    void linkHeaderKeepsFiltersAndPointsToNeighbours() {
        String links = PageLinks.header(URI.create("http://h/api/kota?kode_provinsi=32&page=2&limit=10"),
                new PageRequest(2, 10), 27);
        assertTrue(links.contains("<http://h/api/kota?kode_provinsi=32&page=1&limit=10>; rel=\"first\""), links);
        assertTrue(links.contains("page=1&limit=10>; rel=\"prev\""), links);
        assertTrue(links.contains("page=3&limit=10>; rel=\"next\""), links);
        assertTrue(links.contains("page=3&limit=10>; rel=\"last\""), links);
    }

    @Test
    void lastPageHasNoNext() {
        String links = PageLinks.header(URI.create("http://h/api/provinsi?page=4&limit=10"), new PageRequest(4, 10),
                38);
        assertFalse(links.contains("rel=\"next\""), links);
    }

    @Test
    void ifNoneMatchUsesWeakComparisonOverAList() {
        assertTrue(EntityTags.matches("W/\"abc\"", "W/\"abc\""));
        assertTrue(EntityTags.matches("\"x\", \"abc\"", "W/\"abc\""));
        assertTrue(EntityTags.matches("*", "W/\"abc\""));
        assertFalse(EntityTags.matches("\"abcd\"", "W/\"abc\""));
        assertFalse(EntityTags.matches(null, "W/\"abc\""));
    }
}
