package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Browser;
import id.wilayah.testsupport.ConsolePage;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Directories;
import id.wilayah.testsupport.SeedEdition;
import id.wilayah.testsupport.WilayahServer;
import id.wilayah.testsupport.database.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's Crosswalk page in headless Chromium, between a small BPS edition (Kertasari, seeded) and the active
 * kemendagri-2025, with one village added that has no counterpart: counts, the row to review and a link made by hand
 * from it, a rejected and an accepted override file, the download, and the API answering with the overrides at once. Screenshots go where AdminConsoleIT's go.
 */
class CrosswalkConsoleIT extends DeployedWar {
    private static final String BPS = "bps-seed-console";
    private static final String ACTIVE = "kemendagri-2025";
    private static SeedEdition seed;
    private static Browser browser;
    private static Path uploads;

    private WebDriver page;
    private ConsolePage console;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        uploads = Files.createTempDirectory("wilayah-crosswalk-uploads-");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (uploads != null) {
            Directories.deleteLeftovers(uploads);
        }
        if (seed != null) {
            seed.close();
            seed = null;
        }
    }

    @Test
    void anAdministratorReviewsLinksByHandAndByFileAndTheApiFollows() throws Exception {
        seed = SeedEdition.bpsKertasari(BPS);
        try (Connection db = TestDatabase.SHARED.connect();
             Statement insert = db.createStatement()) {
            insert.executeUpdate("insert ignore into village (edition_id, code, district_code, name) select id,"
                    + " '3204050099', '3204050', 'KAMPUNG ENTAH' from edition where name = '" + BPS + "'");
        }
        // Listed at once, but translated from only after the next cluster poll has re-read the ready editions.
        for (int i = 0; i < 100 && server.get("/api/crosswalk/32?from=" + BPS, server.initialApiKey())
                .statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        page = browser.driver();
        console = new ConsolePage(page, server.base());
        page.manage().deleteAllCookies();
        console.logInAsAdmin("crosswalk-");

        console.open("/admin/crosswalk.xhtml");
        new Select(page.findElement(By.id("pair:from"))).selectByVisibleText(BPS);
        new Select(page.findElement(By.id("pair:to"))).selectByVisibleText(ACTIVE);
        console.click("pair:show");
        assertEquals(List.of("Level", "same-code", "exact-name", "fuzzy-name", "split", "merged", "manual",
                "unlinked", "regions", "to review"), cells("//table[@id='counts']//th"));
        assertEquals(List.of("kecamatan", "0", "1", "0", "0", "0", "0", "0", "1", "0"), countsOf("kecamatan"));
        assertEquals(List.of("1", "3", "1"), countsOf("kelurahan").subList(7, 10), "unlinked, regions, to review");
        assertEquals("1–1 of 1", console.text("range"));
        assertEquals(List.of("kelurahan", "3204050099", "KAMPUNG ENTAH", "", "(no counterpart)", "", "", "Use"),
                cells("//table[@id='review:rows']//tr[td]/td"));
        browser.screenshot("20-crosswalk-counts");

        page.findElement(By.xpath("//table[@id='review:rows']//button[text()='Use']")).click();
        assertEquals("3204050099", page.findElement(By.id("link:from")).getAttribute("value"));
        console.type("link:to", "32.04.31.2004");
        console.click("link:save");
        assertTrue(console.text("messages").contains("3204050099 is now linked by hand to 3204312004"),
                console.text("messages"));
        assertEquals(List.of("kelurahan", "3204050099", "KAMPUNG ENTAH", "3204312004", "TARUMAJAYA", "admin"),
                overrideOf("3204050099").subList(0, 6));
        assertEquals(List.of("1", "0", "3", "0"), countsOf("kelurahan").subList(6, 10), "manual, no longer to review");
        assertEquals("Nothing to review.", console.text("range"));
        assertEquals("3204312004 manual 1.0", apiLink("3204050099"));
        scrollTo("overrides:table");
        browser.screenshot("21-crosswalk-manual-link");

        console.type("link:from", "3204050001");
        console.type("link:to", "3204");
        console.click("link:save");
        String wrongLevel = "to_code 3204 is a kota code, but from_code 3204050001 is a kelurahan";
        assertTrue(console.text("messages").contains(wrongLevel), console.text("messages"));

        upload("broken.csv", "from_code,to_code\n3204050001,3204312001\n3204050003,3204312005\n3204050,3204\n");
        assertTrue(console.text("messages").contains("rejected with 2 problems; nothing was changed"),
                console.text("messages"));
        assertEquals(List.of("3 from_code 3204050003 is not a kelurahan of " + BPS,
                "4 to_code 3204 is a kota code, but from_code 3204050 is a kecamatan"), rows("problems"));
        assertFalse(console.text("overrides:table").contains("3204050001"), "nothing of the broken file was stored");
        assertEquals("3204312005 exact-name 1.0", apiLink("3204050001"));
        scrollTo("problems");
        browser.screenshot("22-crosswalk-csv-rejected");

        upload("good.csv", "from_code,to_code\r\n3204050001,\r\n3204050,320431\r\n");
        assertTrue(console.text("messages").contains("good.csv: 2 regions overridden"), console.text("messages"));
        assertEquals(List.of("kelurahan", "3204050001", "NEGLAWANGI", "", "(no counterpart)", "admin"),
                overrideOf("3204050001").subList(0, 6));
        assertTrue(page.findElements(By.id("problems")).isEmpty(), "no problems left on the page");
        assertEquals(List.of("kecamatan", "0", "0", "0", "0", "0", "1", "0", "1", "0"), countsOf("kecamatan"));
        assertEquals("", apiLink("3204050001"), "no counterpart");
        assertEquals("320431 manual 1.0", apiLink("3204050"));
        scrollTo("overrides:table");
        browser.screenshot("23-crosswalk-csv-uploaded");

        String table = (String) ((JavascriptExecutor) page).executeAsyncScript("var done = arguments[0];"
                + " fetch(document.getElementById('pair:download').href).then(r => r.text()).then(done);");
        List<String> lines = table.lines().toList();
        assertEquals("level,from_code,from_name,to_code,to_name,match,confidence", lines.get(0));
        assertTrue(lines.contains("kelurahan,3204050099,KAMPUNG ENTAH,3204312004,TARUMAJAYA,manual,1.0"), table);
        assertTrue(lines.contains("kelurahan,3204050001,NEGLAWANGI,,,,"), table);
        assertEquals(server.get("/api/export/crosswalk.csv?from=" + BPS, server.initialApiKey()).body().lines()
                .toList(), lines, "the download is the API's export");

        console.confirm(page.findElement(By.xpath("//table[@id='overrides:table']"
                + "//tr[td[2][normalize-space()='3204050099']]//input[@value='Remove']")));
        assertTrue(console.text("messages").contains("computed links apply again"), console.text("messages"));
        assertEquals("", apiLink("3204050099"), "unlinked as computed");
        assertEquals("1–1 of 1", console.text("range"), "and listed for review again");

        console.open("/admin/audit.xhtml");
        String audit = console.text("entries");
        for (String action : List.of("CROSSWALK_LINKED", "CROSSWALK_OVERRIDES_UPLOADED",
                "CROSSWALK_OVERRIDE_REMOVED")) {
            assertTrue(audit.contains(action), action + " missing from the audit log: " + audit);
        }
        assertTrue(audit.contains(BPS + " → " + ACTIVE + ": 3204050099"), audit);
        console.click("session:logout");
    }

    /** The first counterpart the API gives, as "code match confidence", or "" for none. */
    private String apiLink(String code) {
        JsonObject answer = (JsonObject) WilayahServer.json(server.get("/api/crosswalk/" + code + "?from=" + BPS,
                server.initialApiKey()));
        JsonArray to = answer.getJsonArray("to");
        return to.isEmpty() ? "" : to.getJsonObject(0).getString("code") + " " + to.getJsonObject(0).getString("match")
                + " " + to.getJsonObject(0).getJsonNumber("confidence").doubleValue();
    }

    private void upload(String name, String content) throws IOException {
        Path file = uploads.resolve(name);
        Files.writeString(file, content);
        page.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        console.click("upload:submit");
    }

    private List<String> countsOf(String level) {
        return cells("//table[@id='counts']//tr[td[1][normalize-space()='" + level + "']]/td");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) page).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private List<String> overrideOf(String code) {
        return cells("//table[@id='overrides:table']//tr[td[2][normalize-space()='" + code + "']]/td");
    }

    private List<String> rows(String tableId) {
        return page.findElements(By.xpath("//table[@id='" + tableId + "']//tr[td]")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> cells(String xpath) {
        return page.findElements(By.xpath(xpath)).stream().map(cell -> cell.getText().strip()).toList();
    }
}
