package id.wilayah.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Times in the console's configured zone, one format everywhere. */
@Named
@ApplicationScoped
public class Display {
    @Inject
    @ConfigProperty(name = "wilayah.admin.time-zone", defaultValue = "Asia/Jakarta")
    String timeZone;

    public String time(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
                .withZone(zone()).format(instant);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
