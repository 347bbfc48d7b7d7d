package ru.smolensk.registry.domain.model.submission;

/**
 * Who submits: municipalities (sections of the consolidated document by municipality) or regional
 * executive bodies (sections by sphere of cooperation).
 */
public enum Level {
    MUNICIPAL, REGIONAL
}
