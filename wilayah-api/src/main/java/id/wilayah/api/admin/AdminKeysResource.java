package id.wilayah.api.admin;

import id.wilayah.api.http.auth.AdminScoped;
import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.paging.PublicUrl;
import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.IssuedKey;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.apikey.KeyView;
import id.wilayah.domain.failure.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys for automation; the secret of a created or rotated key is in that one response and nowhere else. */
@Tag(name = "Admin: API keys", description = "Creating, rotating and revoking API keys; admin key")
@AdminScoped
@Path(AdminScoped.PATH + "/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminKeysResource {
    @Inject
    ApiKeyService keys;

    @Inject
    PublicUrl publicUrl;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Operation(summary = "All API keys (never their secrets)")
    @APIResponse(responseCode = "200", description = "The keys")
    @GET
    public List<KeyView> list() {
        return keys.list();
    }

    @Operation(summary = "One API key")
    @APIResponse(responseCode = "200", description = "The key")
    @APIResponse(responseCode = "404", description = "No such key")
    @GET
    @Path("{id}")
    public KeyView get(@PathParam("id") long id) {
        return keys.view(id);
    }

    @Operation(summary = "Create a key; the secret is in this response only")
    @APIResponse(responseCode = "201", description = "The new key with its secret")
    @APIResponse(responseCode = "400", description = "Invalid name, scope, expiry or limit")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(KeyCreation creation) {
        if (creation == null) {
            throw new InvalidInputException("Send a JSON body with at least a name");
        }
        IssuedKey issued = keys.create(creation.toSpec(), actor());
        URI created = uri.getBaseUriBuilder().path(AdminKeysResource.class).path(Long.toString(issued.id())).build();
        return Response.created(publicUrl.of(created)).entity(issued).build();
    }

    @Operation(summary = "Issue a new secret; the old one works for graceSeconds more (default from config)")
    @APIResponse(responseCode = "200", description = "The new secret")
    @APIResponse(responseCode = "400", description = "The key is not active")
    @APIResponse(responseCode = "404", description = "No such key")
    /** graceSeconds: how long the old secret keeps working; the configured default (24 h) when left out. */
    @POST
    @Path("{id}/rotate")
    public IssuedKey rotate(@PathParam("id") long id, @QueryParam("graceSeconds") Long graceSeconds) {
        return keys.rotate(id, graceSeconds == null ? null : Duration.ofSeconds(graceSeconds), actor());
    }

    @Operation(summary = "Change a key's code system",
            description = "Body {\"codeSystem\":\"BPS\"} or {\"codeSystem\":\"KEMENDAGRI\"} (code_system is"
                    + " accepted too): the codes the key's requests are read in and its answers written in, from"
                    + " now on.")
    @APIResponse(responseCode = "200", description = "The changed key")
    @APIResponse(responseCode = "400", description = "No or an unknown code system")
    @APIResponse(responseCode = "404", description = "No such key")
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public KeyView change(@PathParam("id") long id, KeyChange change) {
        if (change == null) {
            throw new InvalidInputException("Send a JSON body such as {\"codeSystem\":\"BPS\"}");
        }
        return keys.changeCodeSystem(id, change.requiredCodeSystem(), actor());
    }

    @Operation(summary = "Revoke a key at once")
    @APIResponse(responseCode = "200", description = "The revoked key")
    @APIResponse(responseCode = "404", description = "No such key")
    @DELETE
    @Path("{id}")
    public KeyView revoke(@PathParam("id") long id) {
        keys.revoke(id, actor());
        return keys.view(id);
    }

    private String actor() {
        KeyGrant grant = (KeyGrant) request.getAttribute(ApiKeyFilter.GRANT);
        return "api-key:" + grant.name();
    }
}
