package id.wilayah.admin.web;

import id.wilayah.domain.admin.AdminUserService;
import id.wilayah.domain.admin.AdminView;
import id.wilayah.domain.failure.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named("admins")
@RequestScoped
public class AdminsPage {
    @Inject
    AdminUserService admins;

    @Inject
    CurrentAdmin currentAdmin;

    private String username;
    private String temporaryPassword;

    public List<AdminView> getAll() {
        return admins.list();
    }

    public String add() {
        try {
            admins.createWithTemporaryPassword(username, temporaryPassword, currentAdmin.getName());
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
            return null;
        }
        Messages.info("Administrator " + AdminUserService.canonical(username)
                + " added; they choose their own password at first login.");
        return "admins?faces-redirect=true";
    }

    public String disable(String admin) {
        return act(() -> admins.disable(admin, currentAdmin.getName()), admin + " is disabled; their sessions end.");
    }

    public String enable(String admin) {
        return act(() -> admins.enable(admin, currentAdmin.getName()), admin + " is enabled.");
    }

    public String delete(String admin) {
        return act(() -> admins.delete(admin, currentAdmin.getName()), admin + " is deleted.");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
            return null;
        }
        Messages.info(done);
        return "admins?faces-redirect=true";
    }

    public int getMinimumLength() {
        return AdminUserService.MIN_PASSWORD_LENGTH;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
