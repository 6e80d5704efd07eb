package id.wilayah.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestGeneratorTest {
    private static final Catalogue CATALOGUE = new Catalogue(Map.of(
            Level.PROVINSI, regions("11", "ACEH", "32", "JAWA BARAT", "36", "BANTEN"),
            Level.KABUPATEN, regions("3204", "KABUPATEN BANDUNG", "3602", "KABUPATEN LEBAK", "3673", "KOTA SERANG"),
            Level.KECAMATAN, regions("320431", "KERTASARI", "367401", "SERPONG", "367402", "SERPONG UTARA"),
            Level.KELURAHAN, regions("3204312005", "NEGLAWANGI", "3204312001", "SUKAPURA",
                    "3674011001", "CILENGGANG")));

    @Test
    void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
        List<Probe> first = new RequestGenerator(CATALOGUE, 42).generate(500);
        assertEquals(first, new RequestGenerator(CATALOGUE, 42).generate(500));
        assertNotEquals(first, new RequestGenerator(CATALOGUE, 43).generate(500));
        assertEquals(500, first.size());
    }

    @Test
    void everyRouteOfThePeerIsRequested() {
        Set<String> routes = new RequestGenerator(CATALOGUE, 7).generate(3000).stream().map(Probe::route)
                .collect(Collectors.toSet());
        for (Level level : Level.values()) {
            String list = "/" + level.path();
            assertTrue(routes.containsAll(List.of(list, list + "?code=", list + "/{code}")), routes::toString);
        }
    }

    @Test
    void theCasesThatFoundDifferencesBeforeAreAmongTheRequests() {
        List<String> requests = new RequestGenerator(CATALOGUE, 7).generate(3000).stream().map(Probe::pathAndQuery)
                .toList();
        assertSome(requests, request -> request.contains("limit=0&") || request.endsWith("limit=0"), "limit=0");
        assertSome(requests, request -> request.contains("limit=10000"), "a large limit");
        assertSome(requests, request -> request.contains("name=%20"), "a name with a leading space");
        assertSome(requests, request -> request.matches(".*name=[^&]*[a-z][^&]*[A-Z].*"), "a mixed-case name");
        assertSome(requests, request -> request.contains("kabkotCode=") && !request.contains("name="),
                "a parent filter");
        assertSome(requests, request -> request.contains("page=abc") || request.contains("limit=abc"),
                "a page or limit that is no number");
        assertSome(requests, request -> request.contains("name=%25"), "a name that is an SQL wildcard");
        assertSome(requests, request -> request.matches("/kelurahan/\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}"),
                "a dotted code");
    }

    @Test
    void nameFiltersArePiecesOfRealNames() {
        RequestGenerator generator = new RequestGenerator(CATALOGUE, 3);
        for (int i = 0; i < 500; i++) {
            String filter = generator.nameFilter("KABUPATEN BANDUNG BARAT");
            assertFalse(filter.isBlank());
            assertTrue("KABUPATEN BANDUNG BARAT".contains(filter.strip().toUpperCase(Locale.ROOT)), filter);
        }
    }

    @Test
    void unknownCodesAreNoRegionsCode() {
        RequestGenerator generator = new RequestGenerator(CATALOGUE, 5);
        Set<String> known = CATALOGUE.of(Level.PROVINSI).stream().map(Catalogue.Region::code)
                .collect(Collectors.toSet());
        for (int i = 0; i < 200; i++) {
            String code = generator.unknownCode(Level.PROVINSI);
            assertFalse(known.contains(code), code);
            assertTrue(code.matches("\\d{1,3}"), code);
        }
    }

    @Test
    void requestsAreValidUrlsBelowTheBase() {
        for (Probe probe : new RequestGenerator(CATALOGUE, 11).generate(1000)) {
            String request = probe.pathAndQuery();
            assertTrue(request.startsWith(probe.route().replaceAll("[?/]\\{?code.*", "")), request);
            assertFalse(request.contains(" ") || request.contains("+"), request);
            assertTrue(java.net.URI.create("http://127.0.0.1" + request).getPath().startsWith("/"), request);
            URLDecoder.decode(request, StandardCharsets.UTF_8);
        }
    }

    private static void assertSome(List<String> requests, Predicate<String> test, String what) {
        assertTrue(requests.stream().anyMatch(test), "no request with " + what);
    }

    private static List<Catalogue.Region> regions(String... codesAndNames) {
        List<Catalogue.Region> regions = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            regions.add(new Catalogue.Region(codesAndNames[i], codesAndNames[i + 1]));
        }
        return regions;
    }
}
