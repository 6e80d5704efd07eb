package id.wilayah.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin console in the test browser, used as a person does: open a page, type, click and wait for the next. */
public final class ConsolePage {
    private static final Duration NEXT_PAGE = Duration.ofSeconds(60);
    private final WebDriver page;
    private final URI base;

    public ConsolePage(WebDriver page, URI base) {
        this.page = page;
        this.base = base;
    }

    public void open(String path) {
        page.get(base.resolve(path).toString());
    }

    public void type(String id, String value) {
        WebElement field = page.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Every button in the console submits a whole page: wait until the browser has left the current one. */
    public void click(String id) {
        click(page.findElement(By.id(id)));
    }

    public void click(WebElement element) {
        element.click();
        awaitNextPage(element);
    }

    /** Clicks a button that asks for confirmation first, and confirms. */
    public void confirm(WebElement button) {
        button.click();
        page.switchTo().alert().accept();
        awaitNextPage(button);
    }

    /** The text of the element with that id, empty when the page has none. */
    public String text(String id) {
        List<WebElement> found = page.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    public void logIn(String username, String password) {
        open("/admin/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    /**
     * Logs in as the first-start administrator, making the forced password change (to a password starting with
     * {@code newPasswordPrefix}) when no test class has made it yet.
     */
    public void logInAsAdmin(String newPasswordPrefix) {
        logIn(ConsoleAdmin.USERNAME, ConsoleAdmin.password());
        if (page.getCurrentUrl().endsWith("/admin/change-password.xhtml")) {
            String changed = newPasswordPrefix + Long.toHexString(System.nanoTime()) + "-Pw";
            type("change:current", ConsoleAdmin.password());
            type("change:new", changed);
            type("change:confirm", changed);
            click("change:save");
            ConsoleAdmin.recordPasswordChange(changed);
        }
        assertTrue(page.getCurrentUrl().endsWith("/admin/keys.xhtml"), page.getCurrentUrl() + " " + text("messages"));
    }

    /** The old page is gone once its elements are (Chromium reports that in more than one way); then the new loads. */
    private void awaitNextPage(WebElement elementOfOldPage) {
        WebDriverWait wait = new WebDriverWait(page, NEXT_PAGE);
        wait.until(driver -> {
            try {
                elementOfOldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver)
                .executeScript("return document.readyState")));
    }
}
