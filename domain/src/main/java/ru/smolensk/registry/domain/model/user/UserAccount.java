package ru.smolensk.registry.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.organization.Organization;

/**
 * The registry's knowledge of a signed-in account: which organisation it works for. Credentials
 * and roles live in the application server's user registry (basic registry or LDAP), not here.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "full_name", length = 300)
    private String fullName;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, Organization organization) {
        this.username = username;
        this.fullName = fullName;
        this.organization = organization;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    /** The organisation the account works for, or null (coordinator, administrator, partner systems). */
    public Organization organization() {
        return organization;
    }

    public void bindTo(Organization newOrganization) {
        this.organization = newOrganization;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }
}
