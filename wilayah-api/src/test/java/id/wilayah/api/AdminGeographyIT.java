package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Browser;
import id.wilayah.testsupport.ConsoleAdmin;
import id.wilayah.testsupport.ConsolePage;
import id.wilayah.testsupport.ConsoleLogin;
import id.wilayah.testsupport.Corpus;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Directories;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's geography in headless Chromium: on the map, Leaflet draws a region and its children from the
 * console's own map data, a click names the regions under it, and links go down and up the hierarchy; the import form
 * takes boundaries next to the CSV files. The suite's edition stores boundaries down to the kecamatan (see the
 * failsafe configuration), so a kecamatan's map has no children drawn.
 */
class AdminGeographyIT extends DeployedWar {
    private static final Duration GEOGRAPHY_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> FILES = List.of("provinces", "regencies", "districts", "villages");
    private static Browser browser;

    private WebDriver page;
    private ConsolePage console;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void logIn() throws InterruptedException {
        Instant deadline = Instant.now().plus(GEOGRAPHY_TIMEOUT);
        while (server.get("/api/reverse?lat=-6.9147&lng=107.6098", server.initialApiKey()).statusCode() == 503) {
            assertTrue(Instant.now().isBefore(deadline), "geography not served after " + GEOGRAPHY_TIMEOUT);
            Thread.sleep(500);
        }
        page = browser.driver();
        console = new ConsolePage(page, server.base());
        page.manage().deleteAllCookies();
        console.logInAsAdmin("map-");
    }

    @Test
    void aKotasMapDrawsItsBoundaryAndKecamatanAndAClickNamesTheRegionsThere() {
        console.open("/admin/map.xhtml?code=32.73");
        assertTrue(awaitDrawn().startsWith("Boundaries of edition kemendagri-2025"), console.text("status"));
        assertEquals("Indonesia › JAWA BARAT › KOTA BANDUNG kota 3273 · edition kemendagri-2025",
                console.text("trail"));
        assertEquals(1, paths("wilayah-region"), "the kota's boundary");
        int kecamatan = page.findElements(By.cssSelector("#children a")).size();
        assertEquals(30, kecamatan, console.text("children"));
        assertEquals(kecamatan, paths("wilayah-child"), "every kecamatan drawn");
        assertTrue(page.findElements(By.cssSelector("#map img.leaflet-tile")).isEmpty(), "no tile layer by default");
        browser.screenshot("20-map-kota");

        new Actions(page).moveToElement(page.findElement(By.id("map"))).click().perform();
        WebElement answer = new WebDriverWait(page, Duration.ofSeconds(30))
                .until(driver -> driver.findElements(By.id("reverse")).stream().findFirst().orElse(null));
        String regions = answer.getText();
        assertTrue(regions.contains("Match inside"), regions);
        assertTrue(regions.contains("Kelurahan no village boundary here"), regions);
        assertTrue(regions.contains("Kota KOTA BANDUNG 3273") && regions.contains("Provinsi JAWA BARAT 32"), regions);
        assertTrue(paths("wilayah-pin") == 1, "the clicked point is marked");
        browser.screenshot("21-map-clicked");

        WebElement open = page.findElement(By.id("open-child"));
        String kecamatanName = open.getText().replace("Open kecamatan ", "").replace(" on the map", "");
        assertTrue(regions.contains("Kecamatan " + kecamatanName + " 3273"), "the clicked child: " + regions);
        console.click(open);
        assertTrue(page.getCurrentUrl().contains("code=3273"), page.getCurrentUrl());
        assertTrue(awaitDrawn().contains("No boundary stored in edition kemendagri-2025 for"), console.text("status"));
        assertTrue(console.text("trail").startsWith("Indonesia › JAWA BARAT › KOTA BANDUNG › " + kecamatanName),
                console.text("trail"));
        assertEquals(1, paths("wilayah-region"), "the kecamatan's boundary");
        assertEquals(0, paths("wilayah-child"), "no village boundaries in this suite's edition");

        console.click(page.findElement(By.linkText("KOTA BANDUNG")));
        assertTrue(page.getCurrentUrl().endsWith("code=3273"), "up the trail: " + page.getCurrentUrl());
        awaitDrawn();
        assertEquals(30, paths("wilayah-child"));
    }

    @Test
    void theMenuOpensTheCountryAndACodeOpensItsRegion() {
        console.click(page.findElement(By.linkText("Map")));
        assertTrue(awaitDrawn().startsWith("Boundaries"), console.text("status"));
        assertEquals(38, paths("wilayah-child"), "the provinces");
        assertEquals(0, paths("wilayah-region"));
        browser.screenshot("22-map-country");

        find("3204");
        assertTrue(console.text("trail").startsWith("Indonesia › JAWA BARAT › KABUPATEN BANDUNG kota 3204"),
                console.text("trail"));
        awaitDrawn();
        assertEquals(1, paths("wilayah-region"));

        find("9999");
        assertEquals("There is no kota 9999 in edition kemendagri-2025.", console.text("notice"));
        find("32.x");
        assertTrue(console.text("notice").contains("is not a region code"), console.text("notice"));
    }

    @Test
    void theMapDataAnswersTheConsoleSessionOnlyNeverAnApiKey() {
        String path = "/admin/map-data/reverse?lat=-6.9147&lng=107.6098";
        for (String key : new String[] {null, server.initialApiKey()}) {
            HttpResponse<String> refused = server.send(key == null
                    ? HttpRequest.newBuilder(server.base().resolve(path)).build()
                    : HttpRequest.newBuilder(server.base().resolve(path)).header("X-API-Key", key).build());
            assertEquals(302, refused.statusCode(), refused::body);
            assertTrue(refused.headers().firstValue("Location").orElse("").endsWith("/admin/login.xhtml"));
        }
        ConsoleLogin session = new ConsoleLogin(server.base());
        assertEquals(302, session.submit(ConsoleAdmin.USERNAME, ConsoleAdmin.password()).statusCode());
        HttpResponse<String> answered = session.get(path);
        assertEquals(200, answered.statusCode(), answered::body);
        JsonObject answer = (JsonObject) WilayahServer.json(answered);
        assertEquals("KOTA BANDUNG", answer.getJsonObject("kota").getString("name"), answer::toString);
        assertEquals("no-store", answered.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> bad = session.get("/admin/map-data/reverse?lat=north&lng=107.6");
        assertEquals(400, bad.statusCode());
        assertTrue(((JsonObject) WilayahServer.json(bad)).getString("detail").contains("lat"), bad::body);
        assertEquals(404, session.get("/admin/map-data/shapes?code=9999").statusCode());
    }

    @Test
    void theImportFormTakesBoundariesAndReportsABrokenFeatureByFileAndNumber()
            throws IOException, InterruptedException {
        Path files = Files.createTempDirectory("wilayah-console-boundaries-");
        try {
            for (String name : FILES) {
                Files.write(files.resolve(name + ".csv"), Corpus.read("valid", name));
                String broken = "/corpus/geo-broken/" + name + ".geojson";
                try (InputStream geometry = getClass().getResourceAsStream(
                        getClass().getResource(broken) != null ? broken : "/corpus/geo/" + name + ".geojson")) {
                    Files.copy(geometry, files.resolve(name + ".geojson"));
                }
            }
            console.open("/admin/imports.xhtml");
            console.type("upload:edition", "console-boundaries");
            for (String name : FILES) {
                page.findElement(By.id("upload:" + name)).sendKeys(files.resolve(name + ".csv").toString());
                page.findElement(By.id("upload:" + name + "Geojson")).sendKeys(files.resolve(name + ".geojson")
                        .toString());
            }
            console.click(page.findElement(By.id("upload:submit")));
            assertTrue(page.getCurrentUrl().contains("/admin/import-run.xhtml?id="), console.text("messages"));
            Instant deadline = Instant.now().plusSeconds(120);
            while (List.of("RUNNING", "").contains(runStatus()) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                page.navigate().refresh();
            }
            assertEquals("REJECTED", runStatus(), console.text("result"));
            List<String> problems = page.findElements(By.xpath("//table[@id='problems']//tr[td]")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("provinces.geojson 3 Feature 3 (code 33): code 33 is not a provinsi of this edition",
                    "districts.geojson 2 Feature 2 (code 320431): invalid geometry: Self-intersection at"
                            + " [107.65, -7.15]"), problems);
            browser.screenshot("23-import-boundaries-rejected");
        } finally {
            Directories.deleteLeftovers(files);
        }
    }

    /** Empty while the run page is between two of its own refreshes. */
    private String runStatus() {
        try {
            return console.text("status");
        } catch (WebDriverException reloading) {
            return "";
        }
    }

    private void find(String code) {
        console.type("code", code);
        console.click(page.findElement(By.id("show")));
    }

    /** Waits until the page's script has drawn what the map data held (or said why not) and returns what it said. */
    private String awaitDrawn() {
        new WebDriverWait(page, Duration.ofSeconds(60)).until(driver -> !console.text("status").startsWith("Loading"));
        return console.text("status");
    }

    private int paths(String styleClass) {
        return page.findElements(By.cssSelector("#map path." + styleClass)).size();
    }
}
