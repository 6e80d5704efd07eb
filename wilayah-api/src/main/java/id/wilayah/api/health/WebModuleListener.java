package id.wilayah.api.health;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

@WebListener
public class WebModuleListener implements ServletContextListener {
    @Inject
    WebModuleState state;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        state.serving(true);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        state.serving(false);
    }
}
