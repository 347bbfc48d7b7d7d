package ru.smolensk.registry.domain.application.event;

/**
 * A number that changes whenever stored data is written, and once more after the writing transaction ends: what
 * was read while the number stayed the same is still what the store holds, so a result kept with the number it was
 * read under is current exactly while the number is unchanged.
 */
public interface DataVersion {

    long current();
}
