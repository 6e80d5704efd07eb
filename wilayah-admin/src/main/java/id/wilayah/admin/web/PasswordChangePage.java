package id.wilayah.admin.web;

import id.wilayah.admin.security.ConsoleSecurity;
import id.wilayah.domain.admin.AdminUserService;
import id.wilayah.domain.failure.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

@Named("passwordChange")
@RequestScoped
public class PasswordChangePage {
    @Inject
    AdminUserService admins;

    @Inject
    CurrentAdmin currentAdmin;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isRequired() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(ConsoleSecurity.MUST_CHANGE_PASSWORD));
    }

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("The new password and its confirmation differ.");
            return null;
        }
        int credentialVersion;
        try {
            credentialVersion = admins.changePassword(currentAdmin.getName(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
            return null;
        }
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        session.remove(ConsoleSecurity.MUST_CHANGE_PASSWORD);
        // This session moves to the new credential; the administrator's other sessions end at their next request.
        session.put(ConsoleSecurity.CREDENTIAL_VERSION, credentialVersion);
        Messages.info("Your password has been changed.");
        return "keys?faces-redirect=true";
    }

    public int getMinimumLength() {
        return AdminUserService.MIN_PASSWORD_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
