package id.wilayah.admin.map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional tile layer under the console's map. Off by default: servers often have no internet, and the map is
 * readable from the boundaries alone. A tile URL template ({@code {z}/{x}/{y}}, optionally {@code {s}}) turns it on;
 * the page's Content-Security-Policy then also admits images from that host, and nothing else from it.
 */
@ApplicationScoped
public class MapTiles {
    static final String URL_KEY = "wilayah.admin.map-tiles-url";
    static final String ATTRIBUTION_KEY = "wilayah.admin.map-tiles-attribution";
    private static final Logger LOG = Logger.getLogger(MapTiles.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    /** What a CSP host source may hold; anything else (quotes, semicolons, spaces) could rewrite the policy. */
    private static final Pattern HOST_SOURCE = Pattern.compile("(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    @Inject
    @ConfigProperty(name = URL_KEY)
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = ATTRIBUTION_KEY)
    Optional<String> configuredAttribution;

    private String url = "";
    private String imageSource;

    @PostConstruct
    void check() {
        String template = configuredUrl.map(String::strip).orElse("");
        if (template.isEmpty()) {
            return;
        }
        try {
            imageSource = imageSource(template);
            url = template;
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> URL_KEY + " ignored, the console's map has no tile layer: " + e.getMessage());
        }
    }

    /** The URL template, or empty when the map has no tile layer. */
    public String url() {
        return url;
    }

    /** Plain text shown in the map's corner, as the tile provider's terms usually require. */
    public String attribution() {
        return url.isEmpty() ? "" : configuredAttribution.map(String::strip).orElse("");
    }

    /** The CSP source for the tiles' images, when there are tiles. */
    public Optional<String> imageSource() {
        return Optional.ofNullable(imageSource);
    }

    /**
     * The CSP source admitting a template's images: its origin, a {@code {s}} subdomain becoming {@code *.}; the
     * scheme alone where a placeholder sits elsewhere in the host; {@code 'self'} for a path on this server.
     */
    static String imageSource(String template) {
        if (template.startsWith("/") && !template.startsWith("//")) {
            return "'self'";
        }
        int separator = template.indexOf("://");
        String scheme = separator < 0 ? "" : template.substring(0, separator);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("expected a URL starting with https://, http:// or /");
        }
        int hostEnd = separator + 3;
        while (hostEnd < template.length() && "/?#".indexOf(template.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = template.substring(separator + 3, hostEnd);
        String wildcarded = PLACEHOLDER.matcher(host).replaceAll("*");
        if (!wildcarded.contains("*") || wildcarded.startsWith("*.") && wildcarded.indexOf('*', 1) < 0) {
            if (!HOST_SOURCE.matcher(wildcarded).matches()) {
                throw new IllegalArgumentException("'" + host + "' is not a host name or address with a port");
            }
            return scheme + "://" + wildcarded;
        }
        if (!HOST_SOURCE.matcher(wildcarded.replace("*", "x")).matches()) {
            throw new IllegalArgumentException("'" + host + "' is not a host name with placeholders");
        }
        return scheme + ":";
    }
}
