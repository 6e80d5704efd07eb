package id.wilayah.admin.web;

import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.IssuedKey;
import id.wilayah.domain.apikey.KeySpec;
import id.wilayah.domain.apikey.KeyView;
import id.wilayah.domain.apikey.Scope;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The keys table and its actions. A new secret lives in this view only, so it is shown once: leaving or reloading
 * the page drops it.
 */
@Named("keys")
@ViewScoped
public class KeysPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentAdmin currentAdmin;

    @Inject
    Display display;

    private String name;
    private String owner;
    private String notes;
    private Scope scope = Scope.READ;
    private CodeSystem codeSystem = CodeSystem.KEMENDAGRI;
    private String expiresOn;
    private Integer rateLimitPerMinute;
    private long graceAmount = 24;
    private ChronoUnit graceUnit = ChronoUnit.HOURS;
    private IssuedKey issued;
    private String issuedBecause;
    private List<KeyView> all;

    /** Read once per view, so a postback acts on the rows the admin saw; every action reads them afresh. */
    public List<KeyView> getAll() {
        if (all == null) {
            all = keys.list();
        }
        return all;
    }

    public void create() {
        try {
            issued = keys.create(new KeySpec(name, owner, notes, scope, codeSystem, expiry(), rateLimitPerMinute),
                    currentAdmin.getName());
            issuedBecause = "Key " + issued.name() + " created.";
            name = null;
            owner = null;
            notes = null;
            expiresOn = null;
            rateLimitPerMinute = null;
            codeSystem = CodeSystem.KEMENDAGRI;
            all = null;
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        }
    }

    public void rotate(long keyId) {
        try {
            if (graceAmount < 0) {
                throw new InvalidInputException("The grace period cannot be negative");
            }
            Duration grace = grace();
            issued = keys.rotate(keyId, grace, currentAdmin.getName());
            issuedBecause = "Key " + issued.name() + " rotated. The old secret keeps working for " + graceAmount + " "
                    + graceUnit.toString().toLowerCase() + ".";
            all = null;
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void revoke(long keyId) {
        try {
            keys.revoke(keyId, currentAdmin.getName());
            Messages.info("Key revoked: it is rejected from now on.");
            all = null;
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** The key's requests and answers speak the other code system from now on. */
    public void switchCodes(long keyId, CodeSystem current) {
        try {
            CodeSystem other = current == CodeSystem.BPS ? CodeSystem.KEMENDAGRI : CodeSystem.BPS;
            keys.changeCodeSystem(keyId, other, currentAdmin.getName());
            Messages.info("The key speaks " + other.name() + " codes from now on.");
            all = null;
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void dismissSecret() {
        issued = null;
        issuedBecause = null;
    }

    /** Any amount a form can carry: one too large for a Duration is simply longer than the longest grace allowed. */
    private Duration grace() {
        if (graceUnit == null) {
            throw new InvalidInputException("Choose the unit of the grace period");
        }
        try {
            return graceUnit.getDuration().multipliedBy(graceAmount);
        } catch (ArithmeticException tooLong) {
            return ChronoUnit.FOREVER.getDuration();
        }
    }

    /** The key stops working at the start of the chosen day, in the console's time zone. */
    private Instant expiry() {
        if (expiresOn == null || expiresOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresOn.strip()).atStartOfDay(display.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Write the expiry date as yyyy-mm-dd, e.g. 2027-01-31");
        }
    }

    public Scope[] getScopes() {
        return Scope.values();
    }

    public CodeSystem[] getCodeSystems() {
        return CodeSystem.values();
    }

    public CodeSystem getCodeSystem() {
        return codeSystem;
    }

    public void setCodeSystem(CodeSystem codeSystem) {
        this.codeSystem = codeSystem;
    }

    public List<ChronoUnit> getGraceUnits() {
        return List.of(ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);
    }

    public IssuedKey getIssued() {
        return issued;
    }

    public String getIssuedBecause() {
        return issuedBecause;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Integer getRateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public void setRateLimitPerMinute(Integer rateLimitPerMinute) {
        this.rateLimitPerMinute = rateLimitPerMinute;
    }

    public long getGraceAmount() {
        return graceAmount;
    }

    public void setGraceAmount(long graceAmount) {
        this.graceAmount = graceAmount;
    }

    public ChronoUnit getGraceUnit() {
        return graceUnit;
    }

    public void setGraceUnit(ChronoUnit graceUnit) {
        this.graceUnit = graceUnit;
    }
}
