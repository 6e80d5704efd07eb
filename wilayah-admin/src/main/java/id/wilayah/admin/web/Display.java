package id.wilayah.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
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

    /** How long something took, or has taken so far when it has not finished. */
    public String duration(Instant start, Instant end) {
        if (start == null) {
            return "—";
        }
        long seconds = Duration.between(start, end == null ? Instant.now() : end).toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
