package id.wilayah.admin.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Installs {@link ConsoleSecurity} as the web module's authentication module while the application runs. */
@WebListener
public class ConsoleSecurityRegistration implements ServletContextListener {
    @Inject
    AdminIdentityStore identities;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new ConsoleSecurity(identities),
                event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
