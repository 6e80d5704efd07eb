package id.wilayah.api.odoo;

import id.wilayah.api.http.QueryInput;
import id.wilayah.domain.NotFoundException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import id.wilayah.domain.region.RegionDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("provinsi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvinsiResource {
    @Inject
    RegionDirectory directory;

    @GET
    public List<ProvinsiItem> list(@QueryParam("name") String name) {
        return directory.current().provinces().list(null, QueryInput.nameFilter(name)).stream()
                .map(ProvinsiItem::of).toList();
    }

    @GET
    @Path("{code}")
    public ProvinsiItem get(@PathParam("code") String code) {
        String canonical = RegionCode.normalize(Level.PROVINCE, code);
        return directory.current().provinces().find(canonical).map(ProvinsiItem::of)
                .orElseThrow(() -> new NotFoundException("Provinsi " + canonical + " not found"));
    }
}
