package id.wilayah.admin.web;

import id.wilayah.domain.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

@Named
@RequestScoped
public class CurrentAdmin {
    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    public String getName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public String logout() throws ServletException {
        String name = getName();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        if (name != null) {
            audit.record(name, "LOGOUT", name, null);
        }
        return "login?faces-redirect=true";
    }
}
