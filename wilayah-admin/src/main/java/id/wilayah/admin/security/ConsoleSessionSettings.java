package id.wilayah.admin.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session timeout and cookie flags from MicroProfile Config (web.xml cannot read config). The cookie is always HttpOnly
 * (and SameSite=Strict, set in glassfish-web.xml); Secure is a setting because the console also runs on plain HTTP
 * during development.
 */
@WebListener
public class ConsoleSessionSettings implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        ServletContext context = event.getServletContext();
        context.setSessionTimeout(config.getOptionalValue("wilayah.admin.session-timeout-minutes", Integer.class)
                .orElse(30));
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("wilayah.admin.cookie-secure", Boolean.class).orElse(false));
    }
}
