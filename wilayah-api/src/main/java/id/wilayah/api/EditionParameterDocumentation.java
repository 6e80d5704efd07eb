package id.wilayah.api;

import id.wilayah.api.http.RequestedEdition;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents ?edition= on every data operation: pinning is handled once for all resources (RequestedEdition), so no
 * resource method declares the parameter itself. Registered through mp.openapi.filter.
 */
public class EditionParameterDocumentation implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (answersFromAnEdition(path) && item.getGET() != null) {
                item.getGET().addParameter(OASFactory.createParameter()
                        .name(RequestedEdition.PARAMETER)
                        .in(Parameter.In.QUERY)
                        .description("Answer from this retained edition instead of the active one (see "
                                + "/api/editions); 404 if unknown. The X-Wilayah-Edition response header names the "
                                + "edition that answered.")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            }
        });
    }

    private static boolean answersFromAnEdition(String path) {
        return path.startsWith("/nusantara/")
                || path.startsWith("/api/") && !path.startsWith("/api/admin") && !path.equals("/api/editions")
                && !path.startsWith("/api/editions/");
    }
}
