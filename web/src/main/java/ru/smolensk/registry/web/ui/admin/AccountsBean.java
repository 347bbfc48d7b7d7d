package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;
import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.reference.ReferenceAdministrationService;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The accounts screen of the administrator: which organisation each sign-in account works for, and binding an
 * account (new or listed) to an organisation through {@link ReferenceAdministrationService}.
 */
@Named("accountsAdmin")
@ViewScoped(saveInViewState = true)
public class AccountsBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferenceAdministrationService administration;

    @Inject
    transient ReferenceDataService referenceData;

    private List<AccountRow> accounts;
    private List<Choice> organizations;
    private String username;
    private String fullName;
    private String organization;

    /** An organisation to choose: its code and current name. */
    public record Choice(String code, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Puts a listed account into the form to change its organisation. */
    public void edit(AccountRow row) {
        username = row.username();
        fullName = row.fullName();
        organization = row.organizationCode();
    }

    /** Binds the account of the form to the chosen organisation. */
    public void bind() {
        try {
            administration.bindAccount(username == null ? null : username.strip(), fullName, organization);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return;
        }
        Texts.info("admin.accountBound", username.strip());
        accounts = null;
        username = null;
        fullName = null;
        organization = null;
    }

    public List<AccountRow> getAccounts() {
        if (accounts == null) {
            try {
                accounts = administration.accounts().stream().map(AccountRow::of).toList();
            } catch (DomainException e) {
                Texts.errorText(e.getMessage());
                accounts = List.of();
            }
        }
        return accounts;
    }

    public List<Choice> getOrganizations() {
        if (organizations == null) {
            organizations = referenceData.organizations(null).stream().filter(Organization::isActive)
                    .map(o -> new Choice(o.code(), o.currentName())).toList();
        }
        return organizations;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }
}
