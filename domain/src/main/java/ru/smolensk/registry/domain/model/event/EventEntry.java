package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * One row of a plan or report: its place in the document (ordinal, section), the official columns
 * verbatim and the values normalized from them (dates, places and countries, format, role,
 * participant count, agreements signed, the plan entry a report entry fulfils, the event series).
 */
@Entity
@Table(name = "event_entry")
public class EventEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_entry_seq")
    @SequenceGenerator(name = "event_entry_seq", sequenceName = "event_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    /**
     * The key of {@link #submission}, mapped read-only so that queries can select it without joining the submission
     * (EclipseLink joins for {@code e.submission.id}). Only for queries: unset on an entry not yet read back.
     */
    @Column(name = "submission_id", insertable = false, updatable = false)
    private Long submissionId;

    /** The official order of the submission, copied (see {@link OfficialOrder}). */
    @Embedded
    private OfficialOrder officialOrder;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "section_title", length = 2000)
    private String sectionTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_organization_id")
    private Organization sectionOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_sphere_id")
    private Sphere sectionSphere;

    @Embedded
    private OfficialColumns columns;

    @Embedded
    private DateRange dates;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_format")
    private EventFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_role")
    private EventRole role;

    @Embedded
    private ParticipantCount participantCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_entry_id")
    private EventEntry planEntry;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private EventSeries series;

    @Column(name = "edition")
    private Integer edition;

    /** The coordinator placed the entry in its series (or out of any): automatic proposals leave it alone. */
    @Column(name = "series_fixed", nullable = false)
    private boolean seriesFixed;

    @Column(name = "source_system", length = 100)
    private String sourceSystem;

    @Column(name = "source_record_id", length = 200)
    private String sourceRecordId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    /**
     * The digest of the places, countries and field statuses last normalized ({@link NormalizedCollections}): when
     * a rewrite normalizes to the same, the three collections are left as they are (not read, not rewritten).
     */
    @Column(name = "normalized_digest", length = 64)
    private String normalizedDigest;

    /** The columns of the imported table that are not official ones ({@link ExtraColumns#encode()}), or null. */
    @Column(name = "extra_columns")
    private String extraColumns;

    /** Last written by hand (the entry form), not by an import or a partner system. */
    @Column(name = "typed_on_screen", nullable = false)
    private boolean typedOnScreen;

    @ElementCollection
    @CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"))
    @OrderBy("position")
    private List<EventPlace> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_country", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> countryCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_field_status", joinColumns = @JoinColumn(name = "event_id"))
    private List<FieldStatus> fieldStatuses = new ArrayList<>();

    /** In the order they were recorded (a database returns rows in no particular order otherwise). */
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Agreement> agreements = new ArrayList<>();

    protected EventEntry() {
    }

    public EventEntry(Submission submission, int ordinal, String sectionTitle, OfficialColumns columns,
            OffsetDateTime now) {
        if (columns.name() == null || columns.name().isBlank()) {
            throw new IllegalArgumentException("Наименование мероприятия не заполнено");
        }
        this.submission = submission;
        this.officialOrder = OfficialOrder.of(submission);
        this.ordinal = ordinal;
        this.sectionTitle = sectionTitle;
        this.columns = columns;
        this.dates = DateRange.unknown();
        this.format = EventFormat.UNKNOWN;
        this.role = EventRole.UNKNOWN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Places the entry in a section of the municipal (organisation) or regional (sphere) document. */
    public void placeInSection(String title, Organization organization, Sphere sphere) {
        this.sectionTitle = title;
        this.sectionOrganization = organization;
        this.sectionSphere = sphere;
    }

    /** Replaces the verbatim columns (the caller re-normalizes them afterwards). */
    public void rewrite(OfficialColumns newColumns, OffsetDateTime now) {
        this.columns = newColumns;
        this.updatedAt = now;
    }

    public void renumber(int newOrdinal) {
        this.ordinal = newOrdinal;
    }

    /** Records the normalized values read from the verbatim columns. */
    public void normalize(NormalizedValues values) {
        this.dates = values.dates();
        this.format = values.format();
        this.role = values.role();
        this.participantCount = values.participants();
        String digest = NormalizedCollections.digest(values.places(), values.countries(), values.statuses());
        if (digest.equals(normalizedDigest)) {
            return;
        }
        this.places.clear();
        for (int i = 0; i < values.places().size(); i++) {
            this.places.add(values.places().get(i).at(i));
        }
        this.countryCodes.clear();
        this.countryCodes.addAll(values.countries());
        this.fieldStatuses.clear();
        values.statuses().forEach((field, status) -> this.fieldStatuses.add(status.of(field)));
        this.normalizedDigest = digest;
    }

    /** Records a document signed at the event. */
    public Agreement addAgreement(AgreementType type, String title, String parties, LocalDate signedOn,
            String rawText) {
        Agreement agreement = new Agreement(this, type, title, parties, signedOn, rawText);
        agreements.add(agreement);
        return agreement;
    }

    /**
     * Replaces the agreements with these, in this order. When they are exactly the agreements already recorded,
     * nothing changes: a rewrite that reads the same agreements keeps them (and their ids) instead of deleting and
     * inserting them again.
     */
    public void replaceAgreements(List<AgreementTerms> terms) {
        if (agreements.stream().map(Agreement::terms).toList().equals(terms)) {
            return;
        }
        agreements.clear();
        terms.forEach(t -> addAgreement(t.type(), t.title(), t.parties(), t.signedOn(), t.rawText()));
    }

    /** Links a report entry to the plan entry it fulfils. */
    public void fulfils(EventEntry plannedEntry) {
        if (plannedEntry != null && plannedEntry.submission.kind() != DocumentKind.PLAN) {
            throw new IllegalArgumentException("Связать запись отчета можно только с записью плана");
        }
        if (plannedEntry != null && submission.kind() != DocumentKind.REPORT) {
            throw new IllegalArgumentException("Связь с планом бывает только у записи отчета");
        }
        this.planEntry = plannedEntry;
    }

    public void belongsTo(EventSeries newSeries, Integer newEdition) {
        this.series = newSeries;
        this.edition = newEdition;
    }

    /** The coordinator's decision on the series (null: in none); proposals no longer move the entry. */
    public void placeInSeries(EventSeries newSeries, Integer newEdition) {
        belongsTo(newSeries, newEdition);
        this.seriesFixed = true;
    }

    public boolean seriesFixed() {
        return seriesFixed;
    }

    /** Marks the entry as received from a partner system under that system's own record id. */
    public void receivedFrom(String system, String recordId) {
        this.sourceSystem = system;
        this.sourceRecordId = recordId;
    }

    public Long id() {
        return id;
    }

    public Submission submission() {
        return submission;
    }

    public int ordinal() {
        return ordinal;
    }

    public String sectionTitle() {
        return sectionTitle;
    }

    public Organization sectionOrganization() {
        return sectionOrganization;
    }

    public Sphere sectionSphere() {
        return sectionSphere;
    }

    /** Records whether this write was by hand (the entry form) rather than by an import or a partner system. */
    public void writtenByHand(boolean byHand) {
        this.typedOnScreen = byHand;
    }

    /** Whether the entry was last written by hand, so that an import does not replace it unasked. */
    public boolean typedOnScreen() {
        return typedOnScreen;
    }

    /** Keeps the text of the imported table's columns that are not official ones. */
    public void keepExtraColumns(ExtraColumns extras) {
        this.extraColumns = extras.encode();
    }

    /** The text of the imported table's columns that are not official ones; none for entries typed on screen. */
    public ExtraColumns extraColumns() {
        return ExtraColumns.decode(extraColumns);
    }

    public OfficialColumns columns() {
        return columns;
    }

    public DateRange dates() {
        return dates;
    }

    public EventFormat format() {
        return format;
    }

    public EventRole role() {
        return role;
    }

    public ParticipantCount participantCount() {
        return participantCount;
    }

    public EventEntry planEntry() {
        return planEntry;
    }

    public EventSeries series() {
        return series;
    }

    public Integer edition() {
        return edition;
    }

    public String sourceSystem() {
        return sourceSystem;
    }

    public String sourceRecordId() {
        return sourceRecordId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<EventPlace> places() {
        return Collections.unmodifiableList(places);
    }

    public Set<String> countryCodes() {
        return Collections.unmodifiableSet(countryCodes);
    }

    public Map<EventField, FieldStatus> fieldStatuses() {
        Map<EventField, FieldStatus> byField = new EnumMap<>(EventField.class);
        fieldStatuses.forEach(s -> byField.put(s.field(), s));
        return Collections.unmodifiableMap(byField);
    }

    public List<Agreement> agreements() {
        return Collections.unmodifiableList(agreements);
    }
}
