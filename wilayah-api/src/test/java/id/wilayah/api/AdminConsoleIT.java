package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.Browser;
import id.wilayah.testsupport.ConsoleAdmin;
import id.wilayah.testsupport.ConsolePage;
import id.wilayah.testsupport.ConsoleLogin;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Directories;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin console in a real headless Chromium against the deployed WAR, plus /api/admin/keys over HTTP. Methods run
 * in order because the first one performs the first-start admin's forced password change, which the others rely on.
 * Imports upload files through the browser under edition names of their own; the class leaves kemendagri-2025 active.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminConsoleIT extends DeployedWar {
    private static final String NEW_ADMIN_PASSWORD = "console-" + Long.toHexString(System.nanoTime()) + "-Pw";
    private static final String SESSION_TEST_PASSWORD = "own-" + Long.toHexString(System.nanoTime()) + "-Pw";
    private static Browser browser;
    private static Path uploads;

    private WebDriver page;
    private ConsolePage console;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        uploads = Files.createTempDirectory("wilayah-console-uploads-");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (uploads != null) {
            Directories.deleteLeftovers(uploads);
        }
    }

    @BeforeEach
    void connect() {
        page = browser.driver();
        console = new ConsolePage(page, server.base());
        page.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void firstLoginForcesAPasswordChange() {
        String firstStartPassword = WilayahServer.firstStartCredentials().getProperty("admin.password");
        console.open("/admin/");
        assertTrue(page.getCurrentUrl().endsWith("/admin/login.xhtml"), page.getCurrentUrl());
        browser.screenshot("01-login");
        console.logIn(ConsoleAdmin.USERNAME, firstStartPassword);
        assertTrue(page.getCurrentUrl().endsWith("/admin/change-password.xhtml"), page.getCurrentUrl());
        assertTrue(console.text("required").contains("temporary password"));
        browser.screenshot("02-forced-password-change");

        console.open("/admin/keys.xhtml");
        assertTrue(page.getCurrentUrl().endsWith("/admin/change-password.xhtml"), "other pages stay closed");

        console.type("change:current", firstStartPassword);
        console.type("change:new", "short");
        console.type("change:confirm", "short");
        console.click("change:save");
        assertTrue(console.text("messages").contains("10 to 200 characters"), console.text("messages"));

        console.type("change:current", firstStartPassword);
        console.type("change:new", NEW_ADMIN_PASSWORD);
        console.type("change:confirm", NEW_ADMIN_PASSWORD);
        console.click("change:save");
        ConsoleAdmin.recordPasswordChange(NEW_ADMIN_PASSWORD);
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"), page.getCurrentUrl());
        assertTrue(console.text("messages").contains("password has been changed"));

        console.click("session:logout");
        console.logIn(ConsoleAdmin.USERNAME, firstStartPassword);
        assertTrue(console.text("messages").contains("Wrong username or password"), "the first-start password is gone");
        assertFalse(WilayahServer.firstStartCredentials().containsKey("admin.password"),
                "the run command no longer prints the replaced password");
        assertNotNull(WilayahServer.firstStartCredentials().getProperty("api.key"), "the first key is still there");
    }

    @Test
    @Order(2)
    void sessionCookieIsHttpOnlyAndSameSiteAndLogoutEndsTheSession() {
        logInAsAdmin();
        Cookie session = page.manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly());
        assertEquals("Strict", session.getSameSite());
        console.click("session:logout");
        console.open("/admin/keys.xhtml");
        assertTrue(page.getCurrentUrl().endsWith("/admin/login.xhtml"), page.getCurrentUrl());
    }

    @Test
    @Order(3)
    void aCreatedKeyIsShownOnceAndOpensTheApi() {
        logInAsAdmin();
        String secret = createKey("browser-client", "QA team", "used by the console test");
        assertFalse(page.getCurrentUrl().contains(secret), "no secret in the URL");
        browser.screenshot("03-key-created");
        assertEquals(200, server.get("/api/provinsi", secret).statusCode());

        WebElement row = keyRow("browser-client", "active");
        assertTrue(row.getText().contains(secret.substring(0, 8)), "the prefix is listed");
        assertTrue(row.getText().contains("QA team"));
        console.open("/admin/keys.xhtml");
        assertFalse(page.getPageSource().contains(secret), "the secret is shown only once");
    }

    @Test
    @Order(4)
    void rotationKeepsTheOldSecretForTheGracePeriodThenStopsIt() throws InterruptedException {
        logInAsAdmin();
        String oldSecret = createKey("rotating-client", "QA team", null);
        console.type("table:graceAmount", "4");
        new Select(page.findElement(By.id("table:graceUnit"))).selectByVisibleText("seconds");
        console.confirm(keyRow("rotating-client", "active").findElement(By.cssSelector("input[value='Rotate']")));
        String newSecret = console.text("secret");
        Instant rotated = Instant.now();
        browser.screenshot("04-key-rotated");
        assertTrue(console.text("issued").contains("rotated"));

        assertEquals(200, server.get("/api/provinsi", oldSecret).statusCode(), "old secret during grace");
        assertEquals(200, server.get("/api/provinsi", newSecret).statusCode());
        int oldStatus = 200;
        while (oldStatus == 200 && Duration.between(rotated, Instant.now()).toSeconds() < 20) {
            Thread.sleep(500);
            oldStatus = server.get("/api/provinsi", oldSecret).statusCode();
        }
        assertEquals(401, oldStatus, "old secret after grace");
        assertTrue(Duration.between(rotated, Instant.now()).toSeconds() >= 3, "not before the grace period ended");
        assertEquals(200, server.get("/api/provinsi", newSecret).statusCode());
    }

    @Test
    @Order(5)
    void revokingAKeyRejectsItAtOnce() {
        logInAsAdmin();
        String secret = createKey("revoked-client", null, null);
        assertEquals(200, server.get("/api/provinsi", secret).statusCode());
        console.confirm(keyRow("revoked-client", "active").findElement(By.cssSelector("input[value='Revoke']")));
        keyRow("revoked-client", "revoked");
        assertEquals(401, server.get("/api/provinsi", secret).statusCode());
        browser.screenshot("05-key-revoked");
    }

    @Test
    @Order(6)
    void wrongPasswordsNeitherLockTheAccountNorTellWhichUsernamesExist() {
        logInAsAdmin();
        console.open("/admin/admins.xhtml");
        console.type("add:username", "locktest");
        console.type("add:password", "temporary-Pw-123");
        console.click("add:submit");
        assertTrue(console.text("table:admins").contains("locktest"), console.text("table:admins"));
        browser.screenshot("06-administrators");
        console.click("session:logout");

        for (int attempt = 1; attempt <= 3; attempt++) {
            console.logIn("locktest", "wrong-password-" + attempt);
            assertEquals("Wrong username or password.", console.text("messages").strip());
        }
        console.logIn("no-such-admin", "wrong-password-1");
        assertEquals("Wrong username or password.", console.text("messages").strip(),
                "an unknown username looks the same");
        browser.screenshot("07-login-failed");
        console.logIn("locktest", "temporary-Pw-123");
        assertTrue(page.getCurrentUrl().endsWith("/admin/change-password.xhtml"), page.getCurrentUrl());
        console.click("session:logout");
    }

    @Test
    @Order(7)
    void auditLogRecordsLoginsAndKeyActionsAndFilters() {
        logInAsAdmin();
        console.open("/admin/audit.xhtml");
        String all = console.text("entries");
        for (String action : List.of("LOGIN", "LOGIN_FAILED", "PASSWORD_CHANGED", "KEY_CREATED", "KEY_ROTATED",
                "KEY_REVOKED", "ADMIN_CREATED", "LOGOUT")) {
            assertTrue(all.contains(action), action + " missing from the audit log");
        }
        new Select(page.findElement(By.id("filter:action"))).selectByVisibleText("KEY_REVOKED");
        console.click("filter:apply");
        String revoked = console.text("entries");
        assertTrue(revoked.contains("revoked-client"), revoked);
        assertFalse(revoked.contains("KEY_CREATED"));
        browser.screenshot("08-audit-log");
    }

    @Test
    @Order(8)
    void editionsPageMarksTheActiveEditionWithItsCounts() {
        logInAsAdmin();
        console.open("/admin/editions.xhtml");
        WebElement row = page.findElement(By.xpath("//tr[td[contains(., 'kemendagri-2025')]]"));
        assertTrue(row.getText().contains("(active)"), row.getText());
        assertTrue(row.getText().contains("83762"), row.getText());
        assertTrue(row.findElements(By.cssSelector("input[value='Activate']")).isEmpty(), "active one has no button");
        browser.screenshot("09-editions");
    }

    @Test
    @Order(9)
    void importsPageListsRunsAndRefusesToReimportAnExistingEdition() {
        logInAsAdmin();
        console.open("/admin/imports.xhtml");
        String runs = console.text("runs");
        assertTrue(runs.contains("kemendagri-2025") && runs.contains("COMPLETED") && runs.contains("system"), runs);
        console.click("start:submit");
        assertTrue(console.text("messages").contains("already exists"), console.text("messages"));
        browser.screenshot("10-imports");
        assertEquals(38, ((JsonArray) WilayahServer.json(server.get("/api/provinsi", server.initialApiKey()))).size(),
                "the active edition is unchanged");
    }

    @Test
    @Order(10)
    void aFormPostWithoutTheConsolesViewStateChangesNothing() {
        logInAsAdmin();
        String session = page.manage().getCookieNamed("JSESSIONID").getValue();
        String form = "create=create&create%3Aname=forged-key&create%3Ascope=READ&create%3Asubmit=Create+key"
                + "&jakarta.faces.ViewState=-1234567890%3A987654321";
        HttpResponse<String> forged = server.send(HttpRequest.newBuilder(server.base().resolve("/admin/keys.xhtml"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertTrue(forged.body().contains("id=\"expired\""), forged.body());
        assertEquals(400, forged.statusCode(), "a form the console cannot restore is the sender's error");
        HttpResponse<String> garbage = server.send(HttpRequest.newBuilder(server.base().resolve("/admin/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=x&login%3Apassword=y"
                        + "&jakarta.faces.ViewState=" + "garbage-view-state")).build());
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("id=\"expired\""), garbage.body());
        assertFalse(garbage.body().contains("Exception"), garbage.body());
        console.open("/admin/keys.xhtml");
        assertFalse(console.text("table:keys").contains("forged-key"), "no key was created");
    }

    @Test
    @Order(11)
    void adminKeysOverHttpCreateRotateRevokeAndRateLimit() {
        String adminKey = TestKeys.adminKey();
        HttpResponse<String> created = post("/api/admin/keys", adminKey,
                "{\"name\":\"automation\",\"owner\":\"ops\",\"scope\":\"read\",\"rateLimitPerMinute\":3}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject issued = (JsonObject) WilayahServer.json(created);
        String secret = issued.getString("secret");
        long id = issued.getJsonNumber("id").longValue();

        for (int i = 0; i < 3; i++) {
            assertEquals(200, server.get("/api/provinsi/32", secret).statusCode());
        }
        HttpResponse<String> limited = server.get("/api/provinsi/32", secret);
        assertEquals(429, limited.statusCode());
        assertEquals("application/problem+json", limited.headers().firstValue("Content-Type").orElse(""));
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        JsonArray listed = (JsonArray) WilayahServer.json(server.get("/api/admin/keys", adminKey));
        assertTrue(listed.toString().contains("\"automation\""));
        assertFalse(listed.toString().contains(secret.substring(8)), "no secret in the list");

        HttpResponse<String> rotated = post("/api/admin/keys/" + id + "/rotate?graceSeconds=0", adminKey, "");
        assertEquals(200, rotated.statusCode(), rotated.body());
        String successor = ((JsonObject) WilayahServer.json(rotated)).getString("secret");
        assertEquals(401, server.get("/api/provinsi/32", secret).statusCode(), "zero grace: old secret stops at once");
        assertEquals(200, server.get("/api/provinsi/32", successor).statusCode());

        long successorId = ((JsonObject) WilayahServer.json(rotated)).getJsonNumber("id").longValue();
        HttpResponse<String> revoked = server.send(HttpRequest.newBuilder(server.base().resolve(
                "/api/admin/keys/" + successorId)).header("X-API-Key", adminKey).DELETE().build());
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", ((JsonObject) WilayahServer.json(revoked)).getString("status"));
        assertEquals(401, server.get("/api/provinsi/32", successor).statusCode());

        assertEquals(400, post("/api/admin/keys", adminKey, "{\"name\":\"\"}").statusCode());
        assertEquals(400, post("/api/admin/keys", adminKey, "{\"name\":\"x\",\"scope\":\"root\"}").statusCode());
        assertEquals(403, server.get("/api/admin/keys", server.initialApiKey()).statusCode());
        assertEquals(200, server.get("/api/provinsi", server.initialApiKey()).statusCode(), "first-start key intact");
    }

    @Test
    @Order(12)
    void aDryRunOfABrokenUploadShowsTheLineNumberedErrorAndChangesNothing() throws IOException, InterruptedException {
        logInAsAdmin();
        Path files = Files.createTempDirectory(uploads, "broken");
        write(files, "provinces.csv", "code,name\n11,Aceh\n32,Jawa Barat\n");
        write(files, "regencies.csv", "code,province_code,name,type\n1101,11,Kabupaten Simeulue,Kabupaten\n"
                + "3273,32,Kota Bandung,Kota\n");
        write(files, "districts.csv", "code,regency_code,name\n110101,1101,Teupah Selatan\n327301,3273,Sukasari\n");
        write(files, "villages.csv", "code,district_code,name,type,postal_code\n"
                + "1101012001,110101,Latiung,Desa,23891\n32730110A2,327301,Sukarasa,Kelurahan,40152\n");

        upload("console-broken", files);
        assertEquals("REJECTED", awaitRunEnd());
        WebElement problem = page.findElement(By.xpath("//table[@id='problems']//tr[td]"));
        assertEquals("villages.csv 3 Invalid kelurahan code '32730110A2': only digits, optionally separated by single"
                + " dots, are allowed", problem.getText());
        assertTrue(page.findElements(By.id("activate:submit")).isEmpty(), "nothing to activate");
        browser.screenshot("11-import-rejected");

        assertEquals(38, provinceCount(), "the active edition is unchanged");
        console.open("/admin/imports.xhtml");
        WebElement run = page.findElement(By.xpath("//table[@id='runs']//tr[td[contains(., 'console-broken')]]"));
        assertTrue(run.getText().contains("REJECTED (dry run)") && run.getText().contains("by admin"), run.getText());
        browser.screenshot("12-imports");
    }

    @Test
    @Order(13)
    void aGoodDryRunShowsProgressAndADiffThenActivatesAndRollsBackOnTheEditionsPage()
            throws IOException, InterruptedException {
        logInAsAdmin();
        Path files = Files.createTempDirectory(uploads, "kemendagri-2023");
        for (String name : List.of("provinces", "regencies", "districts", "villages")) {
            try (InputStream gzip = new GZIPInputStream(getClass().getResourceAsStream(
                    "/datasets/kemendagri-2023/" + name + ".csv.gz"))) {
                Files.copy(gzip, files.resolve(name + ".csv"));
            }
        }
        try {
            upload("console-2023", files);
            String running = page.getPageSource();
            assertTrue(running.contains("<progress id=\"progress\""), "a progress bar");
            assertTrue(running.contains(">RUNNING</td>"), "the national dataset takes seconds: the page shows it running");
            browser.screenshot("13-import-progress");
            assertEquals("COMPLETED", awaitRunEnd());
            assertEquals("100", page.findElement(By.id("progress")).getAttribute("value"));
            String diff = console.text("diff");
            assertTrue(diff.contains("From kemendagri-2025 to console-2023"), diff);
            assertTrue(diff.contains("PROVINCE 0 1 0 0 1 0"), "added, removed, re-coded, renamed, respelled, moved: "
                    + diff);
            assertTrue(diff.contains("removed: 96"), "Papua Barat Daya is newer than 2023: " + diff);
            assertTrue(diff.contains("respelled: 31 Daerah Khusus Ibukota Jakarta → DKI JAKARTA"), diff);
            assertTrue(diff.contains("re-coded: 9601 → 9201 Kabupaten Sorong → KAB. SORONG"), diff);
            assertTrue(diff.contains("Islands: 17294 → 0; added 0, removed 17294"), "uploaded without islands: " + diff);
            browser.screenshot("14-import-diff");
            assertEquals(38, provinceCount(), "a dry run activates nothing");

            console.confirm(page.findElement(By.id("activate:submit")));
            assertTrue(console.text("messages").contains("console-2023 now answers all requests"),
                    console.text("messages"));
            assertEquals(37, provinceCount(), "the 2023 edition serves after activation");

            console.open("/admin/editions.xhtml");
            assertTrue(editionRow("console-2023").getText().contains("(active)"));
            new Select(page.findElement(By.id("compare:from"))).selectByVisibleText("kemendagri-2025");
            new Select(page.findElement(By.id("compare:to"))).selectByVisibleText("console-2023");
            console.click("compare:submit");
            assertTrue(console.text("diff").contains("PROVINCE 0 1 0 0 1 0"), console.text("diff"));
            browser.screenshot("15-editions-diff");

            WebElement rollback = editionRow("kemendagri-2025").findElement(By.cssSelector("input[value='Activate']"));
            rollback.click();
            page.switchTo().alert().dismiss();
            assertEquals(37, provinceCount(), "dismissing the confirmation changes nothing");
            console.confirm(rollback);
            assertTrue(editionRow("kemendagri-2025").getText().contains("(active)"));
            assertEquals(38, provinceCount(), "rolled back to 2025");
            browser.screenshot("16-editions-rolled-back");

            console.open("/admin/audit.xhtml");
            String audit = console.text("entries");
            assertTrue(audit.contains("IMPORT_STARTED") && audit.contains("console-2023"), audit);
            assertTrue(audit.contains("EDITION_ACTIVATED") && audit.contains("previously active: console-2023"), audit);
        } finally {
            if (provinceCount() != 38) {
                HttpResponse<String> restored = post("/api/admin/editions/kemendagri-2025/activate",
                        TestKeys.adminKey(), "");
                assertEquals(200, restored.statusCode(), restored.body());
            }
        }
    }

    private HttpResponse<String> post(String path, String apiKey, String json) {
        return server.send(HttpRequest.newBuilder(server.base().resolve(path))
                .header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Fills the upload form with the four files of a directory and submits it as a dry run. */
    private void upload(String edition, Path files) {
        console.open("/admin/imports.xhtml");
        console.type("upload:edition", edition);
        for (String name : List.of("provinces", "regencies", "districts", "villages")) {
            page.findElement(By.id("upload:" + name)).sendKeys(files.resolve(name + ".csv").toAbsolutePath().toString());
        }
        assertTrue(page.findElement(By.id("upload:dryRun")).isSelected(), "dry run is the default");
        console.click("upload:submit");
        assertTrue(page.getCurrentUrl().contains("/admin/import-run.xhtml?id="),
                page.getCurrentUrl() + console.text("messages"));
    }

    /** The run page refreshes itself while the job runs; reload it until the run has ended and return its status. */
    private String awaitRunEnd() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        String status = runStatus();
        while (List.of("RUNNING", "").contains(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            page.navigate().refresh();
            status = runStatus();
        }
        return status;
    }

    /** Empty while the page is between two of its own refreshes. */
    private String runStatus() {
        try {
            return console.text("status");
        } catch (WebDriverException reloading) {
            return "";
        }
    }

    private int provinceCount() {
        return ((JsonArray) WilayahServer.json(server.get("/api/provinsi", server.initialApiKey()))).size();
    }

    private WebElement editionRow(String name) {
        return page.findElement(By.xpath("//table[@id='editions:table']//tr[td[1]/strong[normalize-space()='"
                + name + "']]"));
    }

    private static void write(Path directory, String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content);
    }

    private String createKey(String name, String owner, String notes) {
        console.open("/admin/keys.xhtml");
        console.type("create:name", name);
        if (owner != null) {
            console.type("create:owner", owner);
        }
        if (notes != null) {
            console.type("create:notes", notes);
        }
        console.click("create:submit");
        return console.text("secret");
    }

    /** Clicks a button guarded by a console.confirm() dialog, accepts it and waits for the resulting page. */
    @Test
    @Order(14)
    void aPasswordChangeEndsTheAdministratorsOtherSessions() {
        logInAsAdmin();
        console.open("/admin/admins.xhtml");
        console.type("add:username", "sessiontest");
        console.type("add:password", "temporary-Pw-456");
        console.click("add:submit");
        console.click("session:logout");
        ConsoleLogin elsewhere = new ConsoleLogin(server.base());
        assertEquals(302, elsewhere.submit("sessiontest", "temporary-Pw-456").statusCode());
        assertEquals(200, elsewhere.get("/admin/change-password.xhtml").statusCode());

        console.logIn("sessiontest", "temporary-Pw-456");
        console.type("change:current", "temporary-Pw-456");
        console.type("change:new", SESSION_TEST_PASSWORD);
        console.type("change:confirm", SESSION_TEST_PASSWORD);
        console.click("change:save");
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"), page.getCurrentUrl());

        HttpResponse<String> ended = elsewhere.get("/admin/keys.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/admin/login.xhtml"),
                ended.headers().toString());
        console.open("/admin/keys.xhtml");
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"), "the session that changed it stays");
        console.click("session:logout");
    }

    @Test
    @Order(15)
    void administratorsCanBeDisabledAndDeletedButNotThemselves() {
        ConsoleLogin elsewhere = new ConsoleLogin(server.base());
        assertEquals(302, elsewhere.submit("sessiontest", SESSION_TEST_PASSWORD).statusCode());
        assertEquals(200, elsewhere.get("/admin/keys.xhtml").statusCode());
        logInAsAdmin();
        console.open("/admin/admins.xhtml");

        console.confirm(adminButton(ConsoleAdmin.USERNAME, "Delete"));
        assertTrue(console.text("messages").contains("cannot disable or delete yourself"), console.text("messages"));
        console.click(adminButton(ConsoleAdmin.USERNAME, "Disable"));
        assertTrue(console.text("messages").contains("cannot disable or delete yourself"), console.text("messages"));

        console.click(adminButton("sessiontest", "Disable"));
        assertTrue(console.text("table:admins").contains("disabled"), console.text("table:admins"));
        assertEquals(302, elsewhere.get("/admin/keys.xhtml").statusCode(), "the disabled admin's session ended");
        assertTrue(new ConsoleLogin(server.base()).submit("sessiontest", SESSION_TEST_PASSWORD).body()
                .contains("Wrong username or password."), "a disabled admin cannot log in");
        browser.screenshot("08-administrator-disabled");

        console.confirm(adminButton("sessiontest", "Delete"));
        assertFalse(console.text("table:admins").contains("sessiontest"), console.text("table:admins"));
        console.open("/admin/audit.xhtml");
        assertTrue(console.text("entries").contains("ADMIN_DISABLED"), console.text("entries"));
        assertTrue(console.text("entries").contains("ADMIN_DELETED"), console.text("entries"));
    }

    @Test
    @Order(16)
    void usernamesAreCanonicalAndPasswordsAndNamesKeepTheirNonAsciiLetters() {
        String password = "kata-sándi-ñ-Ü-" + Long.toHexString(System.nanoTime());
        logInAsAdmin();
        console.open("/admin/admins.xhtml");
        console.type("add:username", "  Utf8Test ");
        console.type("add:password", "temporary-Pw-789");
        console.click("add:submit");
        assertTrue(console.text("messages").contains("Administrator utf8test added"), console.text("messages"));
        assertFalse(console.text("table:admins").contains("Utf8Test"), console.text("table:admins"));
        console.click("session:logout");

        console.logIn("UTF8TEST ", "temporary-Pw-789");
        assertTrue(page.getCurrentUrl().endsWith("/admin/change-password.xhtml"), page.getCurrentUrl());
        console.type("change:current", "temporary-Pw-789");
        console.type("change:new", password);
        console.type("change:confirm", password);
        console.click("change:save");
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"), page.getCurrentUrl() + console.text("messages"));
        assertTrue(console.text("session").contains("utf8test"),
                "the canonical name is shown: " + console.text("session"));
        console.click("session:logout");

        console.logIn("utf8test", password);
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"), "the non-ASCII password works: "
                + console.text("messages"));
        console.click("session:logout");
        console.logIn("ádmin", "wrong-password-ü");
        assertEquals("Wrong username or password.", console.text("messages").strip());

        logInAsAdmin();
        console.open("/admin/audit.xhtml");
        String audit = console.text("entries");
        assertTrue(audit.contains("ádmin") && !audit.contains("Ã"), "typed as sent: " + audit);
        assertTrue(audit.contains("utf8test") && !audit.contains("UTF8TEST") && !audit.contains("Utf8Test"), audit);
        console.click("session:logout");
    }

    @Test
    @Order(17)
    void aGracePeriodBeyondAnyDurationIsRefusedWithAMessage() {
        logInAsAdmin();
        createKey("grace-bound-client", null, null);
        ((JavascriptExecutor) page).executeScript(
                "var f = document.getElementById('table:graceAmount'); f.removeAttribute('maxlength');"
                        + " f.value = '999999999999';");
        new Select(page.findElement(By.id("table:graceUnit"))).selectByVisibleText("days");
        console.confirm(keyRow("grace-bound-client", "active").findElement(By.cssSelector("input[value='Rotate']")));
        assertTrue(console.text("messages").contains("at most 366 days"), console.text("messages"));
        keyRow("grace-bound-client", "active");
        console.click("session:logout");
    }

    @Test
    @Order(18)
    void pastedAddressesAreResolvedWithDoubtfulRowsMarkedAndDownloadedAsCsv() throws IOException {
        logInAsAdmin();
        console.click(page.findElement(By.linkText("Resolve addresses")));
        assertTrue(page.getCurrentUrl().endsWith("/admin/resolve.xhtml"), page.getCurrentUrl());
        String clear = "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat 40386";
        console.type("paste:text", clear + "\nDesa Sukamaju, Kab. Bandung\n=qwxz lorem ipsum\n");
        console.click("paste:submit");
        assertTrue(console.text("messages").contains("3 addresses resolved, 2 of them marked for review"),
                console.text("messages"));
        assertEquals("1 with confidence 0.9 or more, 1 below, 1 not recognised.", console.text("summary"));

        List<WebElement> rows = page.findElements(By.xpath("//table[@id='rows']/tbody/tr"));
        assertEquals(3, rows.size());
        assertEquals("", rows.get(0).getAttribute("class"), "a clear address is not marked");
        List<String> first = cells(rows.get(0));
        assertEquals(List.of("1", clear), first.subList(0, 2));
        assertEquals(List.of("32", "3204", "320431", "3204312005", "40386"),
                List.of(code(first.get(2)), code(first.get(3)), code(first.get(4)), code(first.get(5)), first.get(6)));
        assertTrue(first.get(5).equalsIgnoreCase("3204312005 Neglawangi"), first.get(5));
        assertFalse(first.get(7).contains("check"), first.get(7));

        assertEquals("doubtful", rows.get(1).getAttribute("class"), "two villages of that name in the kabupaten");
        List<String> second = cells(rows.get(1));
        assertTrue(List.of("3204172007", "3204332008").contains(code(second.get(5))), second.get(5));
        assertTrue(second.get(7).endsWith("check"), second.get(7));
        assertTrue(second.get(8).contains("also: ") && second.get(8).toUpperCase().contains("SUKAMAJU 320"),
                second.get(8));

        assertEquals("doubtful", rows.get(2).getAttribute("class"));
        assertEquals(List.of("3", "=qwxz lorem ipsum", "", "", "", "", "", "— check", "no region recognised"),
                cells(rows.get(2)));
        browser.screenshot("17-resolve-addresses");

        List<String> csv = download("result", "result:download").lines().toList();
        assertTrue(csv.get(0).startsWith("text/csv"), csv.get(0));
        assertEquals("query,kelurahan_code,kecamatan_code,kota_code,provinsi_code,postal_code,confidence,"
                + "kelurahan_name,kecamatan_name,kota_name,provinsi_name,notes,other_candidates,rest", csv.get(1));
        assertTrue(csv.get(2).startsWith("\"" + clear + "\",3204312005,320431,3204,32,40386,"), csv.get(2));
        assertTrue(csv.get(4).startsWith("'=qwxz lorem ipsum,,,,,,,"), "an echoed formula is text: " + csv.get(4));
        assertEquals(5, csv.size(), "the content type, the header and three rows");

        Path file = uploads.resolve("addresses.csv");
        Files.writeString(file, "id,address,note\r\n7,\"Desa Neglawangi, Kec. Kertasari, Kab. Bandung\",x\r\n"
                + "8,Kebayoran Baru Jaksel,y\r\n");
        page.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        console.click("upload:submit");
        assertTrue(console.text("messages").contains("addresses.csv: 2 addresses resolved"), console.text("messages"));
        assertEquals(List.of("3204312005", "317407"), page.findElements(By.xpath("//table[@id='rows']/tbody/tr"))
                .stream().map(AdminConsoleIT::cells).map(row -> code(row.get(5).isEmpty() ? row.get(4) : row.get(5)))
                .toList());

        ((JavascriptExecutor) page).executeScript("document.getElementById('paste:text').value = arguments[0];",
                "Neglawangi\n".repeat(10_001));
        console.click("paste:submit");
        assertTrue(console.text("messages").contains("More than 10000 addresses: at most 10000 are resolved at once"),
                console.text("messages"));
        assertEquals(2, page.findElements(By.xpath("//table[@id='rows']/tbody/tr")).size(), "the result is kept");
    }

    /** The form's button pressed by a script, the answer's content type and body as it would be saved. */
    private String download(String formId, String buttonName) {
        return (String) ((JavascriptExecutor) page).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var fields = new URLSearchParams(new FormData(document.getElementById(arguments[0])));"
                + " fields.append(arguments[1], 'Download CSV');"
                + " fetch(document.getElementById(arguments[0]).action, {method: 'POST', body: fields})"
                + " .then(r => r.text().then(t => done(r.headers.get('Content-Type') + '\\n' + t)));",
                formId, buttonName);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList();
    }

    /** The code a cell of the resolved table starts with. */
    private static String code(String cell) {
        return cell.split(" ", 2)[0];
    }

    private WebElement adminButton(String username, String action) {
        return page.findElement(By.xpath("//table[@id='table:admins']//tr[td[1][normalize-space()='" + username
                + "']]//input[@value='" + action + "']"));
    }

    private WebElement keyRow(String name, String status) {
        WebElement row = page.findElement(By.xpath("//table[@id='table:keys']//tr[td[1][normalize-space()='"
                + name + "']][td[10][normalize-space()='" + status + "']]"));
        assertTrue(row.isDisplayed());
        return row;
    }

    private void logInAsAdmin() {
        if (!ConsoleAdmin.passwordChanged()) {
            firstLoginForcesAPasswordChange();
        }
        console.logIn(ConsoleAdmin.USERNAME, ConsoleAdmin.password());
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"),
                page.getCurrentUrl() + " " + console.text("messages"));
    }
}
