package vn.civic.identity.client.web;

import java.util.LinkedHashSet;
import java.util.Set;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.RegisterClientCommand;

/** The registration form, a JavaBean so that what the administrator typed comes back as typed. */
public class ClientForm {

    private String clientId;
    private String name;
    private Long agencyId;
    private String subsystem;
    private Set<ApiScope> scopes = new LinkedHashSet<>();
    private String externalIssuer;
    private String externalClientId;

    RegisterClientCommand command() {
        return new RegisterClientCommand(clientId, name, agencyId, subsystem, scopes, externalIssuer, externalClientId);
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getSubsystem() {
        return subsystem;
    }

    public void setSubsystem(String subsystem) {
        this.subsystem = subsystem;
    }

    public Set<ApiScope> getScopes() {
        return scopes;
    }

    public void setScopes(Set<ApiScope> scopes) {
        this.scopes = scopes == null ? new LinkedHashSet<>() : scopes;
    }

    public String getExternalIssuer() {
        return externalIssuer;
    }

    public void setExternalIssuer(String externalIssuer) {
        this.externalIssuer = externalIssuer;
    }

    public String getExternalClientId() {
        return externalClientId;
    }

    public void setExternalClientId(String externalClientId) {
        this.externalClientId = externalClientId;
    }
}
