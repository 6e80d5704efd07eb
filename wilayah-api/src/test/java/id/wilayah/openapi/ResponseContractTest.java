package id.wilayah.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The checks ConformanceIT applies to every response, on the committed document and hand-written bodies. */
class ResponseContractTest {
    private static final String PROBLEM = "application/problem+json";
    private static ResponseContract contract;

    @BeforeAll
    static void readTheCommittedDocument() throws IOException {
        String yaml = Files.readString(Path.of(System.getProperty("wilayah.openapi.snapshot")));
        contract = ResponseContract.of(JsonMapper.shared().writeValueAsString(new YAMLMapper().readTree(yaml)));
    }

    @Test
    void aRequestPathFindsItsTemplateLiteralSegmentsFirst() {
        assertEquals(Optional.of("/api/kota/{code}"), contract.operationPath("/api/kota/3204"));
        assertEquals(Optional.of("/api/export/{level}.csv"), contract.operationPath("/api/export/regencies.csv"));
        assertEquals(Optional.of("/api/export/crosswalk.csv"), contract.operationPath("/api/export/crosswalk.csv"));
        assertEquals(Optional.empty(), contract.operationPath("/api/planets"));
    }

    @Test
    void aBodyWithTheWireNamesMatches() {
        assertEquals(List.of(), contract.violations("GET", "/api/kelurahan", 200, "application/json",
                "[{\"code\":\"3204312001\",\"name\":\"SUKAPURA\",\"postal_code\":\"40386\","
                        + "\"district_code\":\"320431\"},"
                        + "{\"code\":\"3204312002\",\"name\":\"X\",\"postal_code\":null,"
                        + "\"district_code\":\"320431\"}]"));
    }

    @Test
    void aBodyWithJavaNamesOrAWrongTypeBreaksTheContract() {
        List<String> javaNames = contract.violations("GET", "/api/kelurahan", 200, "application/json",
                "[{\"code\":\"3204312001\",\"name\":\"SUKAPURA\",\"postalCode\":\"40386\","
                        + "\"districtCode\":\"320431\"}]");
        assertTrue(javaNames.stream().anyMatch(violation -> violation.contains("postal_code")), javaNames::toString);
        List<String> wrongType = contract.violations("GET", "/api/provinsi/32", 200, "application/json",
                "{\"code\":32,\"name\":\"JAWA BARAT\"}");
        assertTrue(wrongType.stream().anyMatch(violation -> violation.contains("/code")), wrongType::toString);
    }

    @Test
    void problemsAreHeldToTheProblemSchema() {
        assertEquals(List.of(), contract.violations("GET", "/api/provinsi/99", 404, PROBLEM,
                "{\"type\":\"urn:wilayah:problem:not-found\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"No provinsi 99\"}"));
        assertEquals(1, contract.violations("GET", "/api/provinsi/99", 404, PROBLEM,
                "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No provinsi 99\"}").size());
    }

    @Test
    void anUndocumentedStatusOrMediaTypeBreaksTheContract() {
        assertEquals(1, contract.violations("GET", "/api/provinsi/32", 418, PROBLEM, "{}").size());
        assertEquals(1, contract.violations("GET", "/api/provinsi/32", 200, "text/html", "<html/>").size());
        assertEquals(1, contract.violations("GET", "/api/planets", 200, "application/json", "[]").size());
    }
}
