package ru.smolensk.registry.domain.model.period;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reporting period as its code ({@code 2026-H1}). */
@Converter
public class ReportingPeriodConverter implements AttributeConverter<ReportingPeriod, String> {

    @Override
    public String convertToDatabaseColumn(ReportingPeriod period) {
        return period == null ? null : period.code();
    }

    @Override
    public ReportingPeriod convertToEntityAttribute(String code) {
        return code == null ? null : ReportingPeriod.parse(code);
    }
}
