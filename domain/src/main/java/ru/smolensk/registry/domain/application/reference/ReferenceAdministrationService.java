package ru.smolensk.registry.domain.application.reference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.user.UserAccount;
import ru.smolensk.registry.domain.model.user.UserAccountRepository;

/**
 * Changes to reference data, for administrators only, each written to the audit log: new organisations,
 * dated names and aliases (e.g. the name before a municipal reform), sphere aliases as people write them,
 * and the binding of sign-in accounts to organisations.
 */
@ApplicationScoped
@Transactional
public class ReferenceAdministrationService {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,49}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final int MAX_NAME = 500;

    private CurrentUser user;
    private OrganizationRepository organizations;
    private SphereRepository spheres;
    private UserAccountRepository accounts;
    private AuditLog audit;

    protected ReferenceAdministrationService() {
        // for CDI proxies
    }

    @Inject
    public ReferenceAdministrationService(CurrentUser user, OrganizationRepository organizations,
            SphereRepository spheres, UserAccountRepository accounts, AuditLog audit) {
        this.user = user;
        this.organizations = organizations;
        this.spheres = spheres;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Registers a new organisation with its official name, optionally under a parent body. */
    public Organization createOrganization(String code, OrganizationKind kind, String name, int sortOrder,
            String parentCode) {
        requireAdmin();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidFieldException("code", "Код организации — латинские строчные буквы, цифры и «_», от 2"
                    + " до 50 знаков, начиная с буквы");
        }
        if (kind == null) {
            throw new InvalidFieldException("kind", "Укажите вид организации");
        }
        String official = name("name", name);
        if (organizations.findByCode(code).isPresent()) {
            throw new DomainException("conflict", "Организация с кодом «" + code + "» уже есть");
        }
        Organization organization = new Organization(code, kind, official, sortOrder);
        if (parentCode != null && !parentCode.isBlank()) {
            organization.placeUnder(organization(parentCode));
        }
        organization = organizations.save(organization);
        record(AuditAction.CREATE, "Organization", code, "Добавлена организация «" + official + "»", null,
                snapshot(organization));
        return organization;
    }

    /**
     * Adds a dated official name (e.g. «Шумячский район» until 31.12.2024) or an alias that documents use.
     * The same name twice is a conflict.
     */
    public Organization addOrganizationName(String code, String name, NameKind kind, LocalDate validFrom,
            LocalDate validTo) {
        requireAdmin();
        Organization organization = organization(code);
        String text = name("name", name);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidFieldException("validTo", "Дата окончания действия названия раньше даты начала");
        }
        if (organization.nameEqualTo(text).isPresent()) {
            throw new DomainException("conflict", "У организации уже есть название «" + text + "»");
        }
        String before = snapshot(organization);
        organization.addName(text, kind == null ? NameKind.ALIAS : kind, validFrom, validTo);
        record(AuditAction.UPDATE, "Organization", code, "Добавлено название «" + text + "»", before,
                snapshot(organization));
        return organization;
    }

    /** Sets the e-mail address of an organisation for reminders of deadlines (blank clears it). */
    public Organization changeEmail(String code, String email) {
        requireAdmin();
        Organization organization = organization(code);
        String before = AuditJson.object(Map.of("email", organization.email().orElse("")));
        organization.changeEmail(email);
        record(AuditAction.UPDATE, "Organization", code, organization.email().map(e -> "Адрес для напоминаний: " + e)
                .orElse("Адрес для напоминаний удален"), before,
                AuditJson.object(Map.of("email", organization.email().orElse(""))));
        return organization;
    }

    /** Adds a form of a sphere's section title that documents use («Сотрудничество в сфере …»). */
    public Sphere addSphereAlias(String code, String alias) {
        requireAdmin();
        Sphere sphere = spheres.findByCode(code)
                .orElseThrow(() -> new NotFoundException("Сфера с кодом «" + code + "» не найдена"));
        String text = name("alias", alias);
        if (sphere.aliases().contains(text)) {
            throw new DomainException("conflict", "У сферы уже есть написание «" + text + "»");
        }
        String before = AuditJson.object(Map.of("aliases", String.join("; ", sphere.aliases())));
        sphere.addAlias(text);
        record(AuditAction.UPDATE, "Sphere", code, "Добавлено написание «" + text + "»", before,
                AuditJson.object(Map.of("aliases", String.join("; ", sphere.aliases()))));
        return sphere;
    }

    /** All accounts bound to organisations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> accounts() {
        requireAdmin();
        return accounts.findAll();
    }

    /** Binds an account to an organisation (creating the binding on first use); operators work for it. */
    public UserAccount bindAccount(String username, String fullName, String organizationCode) {
        requireAdmin();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException("username", "Имя пользователя — от 2 до 100 латинских букв, цифр и"
                    + " знаков «._@-»");
        }
        Organization organization = organization(organizationCode);
        UserAccount account = accounts.findByUsername(username).orElse(null);
        String before = account == null ? null : snapshot(account);
        if (account == null) {
            account = accounts.save(new UserAccount(username, blankToNull(fullName), organization));
        } else {
            account.bindTo(organization);
        }
        record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "UserAccount", username,
                "Пользователь «" + username + "» привязан к организации «" + organization.currentName() + "»",
                before, snapshot(account));
        return account;
    }

    private Organization organization(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidFieldException("organization", "Укажите код организации");
        }
        return organizations.findByCode(code.strip())
                .orElseThrow(() -> new NotFoundException("Организация с кодом «" + code + "» не найдена"));
    }

    private void requireAdmin() {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Справочники изменяет только администратор");
        }
    }

    private void record(AuditAction action, String type, String id, String summary, String before, String after) {
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), action, type, id, summary, before, after));
    }

    private static String name(String field, String value) {
        String text = blankToNull(value);
        if (text == null) {
            throw new InvalidFieldException(field, "Название не может быть пустым");
        }
        if (text.length() > MAX_NAME) {
            throw new InvalidFieldException(field, "Название длиннее " + MAX_NAME + " знаков");
        }
        return text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String snapshot(Organization o) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", o.code());
        values.put("kind", o.kind().name());
        values.put("parent", o.parent() == null ? null : o.parent().code());
        values.put("names", String.join("; ", o.names().stream()
                .map(n -> n.name() + " (" + n.kind() + " " + n.validFrom() + ".." + n.validTo() + ")").toList()));
        return AuditJson.object(values);
    }

    private static String snapshot(UserAccount a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", a.username());
        values.put("fullName", a.fullName());
        values.put("organization", a.organization() == null ? null : a.organization().code());
        values.put("active", a.isActive());
        return AuditJson.object(values);
    }
}
