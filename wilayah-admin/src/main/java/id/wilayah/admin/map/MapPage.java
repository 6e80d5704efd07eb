package id.wilayah.admin.map;

import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The map page of one region (request parameter {@code code}, any level; none for the whole country): the trail of
 * regions containing it, its children as links, and what the page's script needs to draw them and to ask which
 * regions lie under a click. The drawing data comes from {@link MapDataServlet} in the same session.
 */
@Named("regionMap")
@RequestScoped
public class MapPage {
    /** The Leaflet webjar's version, read from the jar itself so the pom is the one place that names it. */
    private static final String LEAFLET_VERSION = leafletVersion();

    @Inject
    RegionDirectory regions;

    @Inject
    MapTiles tiles;

    private boolean loaded;
    private String edition = "";
    private List<Place> lineage = List.of();
    private List<Place> children = List.of();
    private String notice;

    /** The region shown, or null for the whole country. */
    public Place getRegion() {
        load();
        return lineage.isEmpty() ? null : lineage.get(lineage.size() - 1);
    }

    /** The regions containing the one shown, province first. */
    public List<Place> getTrail() {
        load();
        return lineage.isEmpty() ? List.of() : lineage.subList(0, lineage.size() - 1);
    }

    public List<Place> getChildren() {
        load();
        return children;
    }

    /** The children's level name ({@code kecamatan} under a kota), empty under a village. */
    public String getChildLevel() {
        Place region = getRegion();
        return RegionTree.childLevel(region == null ? null : region.level()).map(Level::label).orElse("");
    }

    /**
     * Why the requested region is not shown, if it is not. Not a Faces message: the page's beans are first asked while
     * the content renders, after the template has rendered the messages.
     */
    public String getNotice() {
        load();
        return notice;
    }

    public String getEdition() {
        load();
        return edition;
    }

    public String getShapesUrl() {
        Place region = getRegion();
        return contextPath() + "/admin/map-data/shapes"
                + (region == null ? "" : "?code=" + URLEncoder.encode(region.code(), StandardCharsets.UTF_8));
    }

    public String getReverseUrl() {
        return contextPath() + "/admin/map-data/reverse";
    }

    public String getLeafletPath() {
        return contextPath() + "/webjars/leaflet/" + LEAFLET_VERSION + "/dist";
    }

    public String getTilesUrl() {
        return tiles.url();
    }

    public String getTilesAttribution() {
        return tiles.attribution();
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Optional<RegionSnapshot> current = regions.currentIfLoaded();
        if (current.isEmpty()) {
            notice = "The region data is not loaded yet; try again shortly.";
            return;
        }
        RegionSnapshot snapshot = current.get();
        edition = snapshot.edition().name();
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (raw != null && !raw.isBlank()) {
            lineage = lineage(snapshot, raw);
        }
        Place region = lineage.isEmpty() ? null : lineage.get(lineage.size() - 1);
        children = region == null ? RegionTree.children(snapshot, null, null)
                : RegionTree.children(snapshot, region.level(), region.code());
    }

    /** The region of a typed code (dots allowed) and the regions containing it; empty, with a notice, if none. */
    private List<Place> lineage(RegionSnapshot snapshot, String raw) {
        Level level = Level.ofCode(raw.strip().replace(".", ""));
        if (level == null) {
            notice = "'" + RegionCode.printable(raw) + "' is not a region code: a provinsi has 2 digits, a kota 4, a"
                    + " kecamatan 6 (7 in BPS editions), a kelurahan 10.";
            return List.of();
        }
        try {
            String code = RegionCode.normalize(level, raw);
            List<Place> found = RegionTree.lineage(snapshot, level, code);
            if (found.isEmpty()) {
                notice = "There is no " + level.label() + " " + code + " in edition " + edition + ".";
            }
            return found;
        } catch (InvalidInputException e) {
            notice = e.getMessage();
            return List.of();
        }
    }

    private static String contextPath() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getRequestContextPath();
    }

    private static String leafletVersion() {
        try (InputStream in = MapPage.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The Leaflet webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
