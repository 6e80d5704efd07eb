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

@Path("kota")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KotaResource {
    @Inject
    RegionDirectory directory;

    @GET
    public List<KotaItem> list(@QueryParam("kode_provinsi") String provinceCode, @QueryParam("name") String name) {
        String parent = provinceCode == null ? null : RegionCode.normalize(Level.PROVINCE, provinceCode);
        return directory.current().regencies().list(parent, QueryInput.nameFilter(name)).stream()
                .map(KotaItem::of).toList();
    }

    @GET
    @Path("{code}")
    public KotaDetail get(@PathParam("code") String code) {
        String canonical = RegionCode.normalize(Level.REGENCY, code);
        RegionSnapshot snapshot = directory.current();
        return snapshot.regencies().find(canonical).map(new RegionViews(snapshot)::kota)
                .orElseThrow(() -> new NotFoundException("Kota " + canonical + " not found"));
    }
}
