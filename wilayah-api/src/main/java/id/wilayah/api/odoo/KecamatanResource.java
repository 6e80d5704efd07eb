package id.wilayah.api.odoo;

import id.wilayah.api.http.QueryInput;
import id.wilayah.domain.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.region.RegionDirectory;
import id.wilayah.domain.region.RegionSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("kecamatan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KecamatanResource {
    @Inject
    RegionDirectory directory;

    @GET
    public List<KecamatanItem> list(@QueryParam("kode_kota") String regencyCode, @QueryParam("name") String name) {
        String parent = regencyCode == null ? null : RegionCode.normalize(Level.REGENCY, regencyCode);
        return directory.current().districts().list(parent, QueryInput.nameFilter(name)).stream()
                .map(KecamatanItem::of).toList();
    }

    @GET
    @Path("{code}")
    public KecamatanDetail get(@PathParam("code") String code) {
        String canonical = RegionCode.normalize(Level.DISTRICT, code);
        RegionSnapshot snapshot = directory.current();
        return snapshot.districts().find(canonical).map(new RegionViews(snapshot)::kecamatan)
                .orElseThrow(() -> new NotFoundException("Kecamatan " + canonical + " not found"));
    }
}
