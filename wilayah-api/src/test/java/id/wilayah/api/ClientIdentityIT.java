package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.ConsoleAdmin;
import id.wilayah.testsupport.ConsoleLogin;
import id.wilayah.testsupport.DeployedWar;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Per-client limits see the client behind the trusted proxy (the failsafe configuration trusts loopback, so these
 * requests name their client in X-Forwarded-For), and they never shut out someone else: a valid key, another address,
 * the same username from another address.
 */
class ClientIdentityIT extends DeployedWar {
    private static final int GUESSES_PER_MINUTE = 60;
    private static final Pattern MESSAGE = Pattern.compile("<li class=\"error\">([^<]*)</li>");

    @Test
    void aGuessingAddressStillServesValidKeysAndOtherAddressesAreCountedApart() {
        String guesser = "198.51.100.17";
        for (int guess = 1; guess <= GUESSES_PER_MINUTE; guess++) {
            assertEquals(401, get(guesser, "wly_guess-" + guess).statusCode());
        }
        assertEquals(429, get(guesser, "wly_guess-next").statusCode());
        assertEquals(200, get(guesser, server.initialApiKey()).statusCode(), "a valid key is never refused");
        assertEquals(401, get("198.51.100.18", "wly_guess-elsewhere").statusCode(), "another client has its own count");
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotKeepTheAdminOutElsewhere() {
        ConsoleLogin stranger = new ConsoleLogin(server.base(), "203.0.113.9");
        assertTrue(throttledWithinTenTries(stranger, ConsoleAdmin.USERNAME).isPresent(), "wrong passwords are throttled");

        HttpResponse<String> admin = new ConsoleLogin(server.base(), "203.0.113.10")
                .submit(ConsoleAdmin.USERNAME, ConsoleAdmin.password());
        assertEquals(302, admin.statusCode(), admin::body);
        assertFalse(admin.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void anUnknownUsernameFailsAndIsThrottledExactlyLikeAKnownOne() {
        Optional<String> unknown = throttledWithinTenTries(new ConsoleLogin(server.base(), "203.0.113.11"),
                "no-such-admin");
        Optional<String> known = throttledWithinTenTries(new ConsoleLogin(server.base(), "203.0.113.12"),
                ConsoleAdmin.USERNAME);
        assertTrue(unknown.isPresent(), "an unknown username is throttled too");
        assertEquals(known.map(ClientIdentityIT::withoutNumbers), unknown.map(ClientIdentityIT::withoutNumbers));
    }

    /** Wrong passwords until the login page refuses; the refusal message, if one came. */
    private static Optional<String> throttledWithinTenTries(ConsoleLogin login, String username) {
        for (int attempt = 1; attempt <= 10; attempt++) {
            String message = message(login.submit(username, "wrong-password-" + attempt));
            if (!message.equals("Wrong username or password.")) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private static String message(HttpResponse<String> loginPage) {
        Matcher message = MESSAGE.matcher(loginPage.body());
        assertTrue(message.find(), loginPage::body);
        return message.group(1).strip();
    }

    private static String withoutNumbers(String message) {
        return message.replaceAll("\\d+", "N");
    }

    private HttpResponse<String> get(String client, String key) {
        return server.send(HttpRequest.newBuilder(server.base().resolve("/api/provinsi"))
                .header("X-API-Key", key).header("X-Forwarded-For", client).GET().build());
    }
}
