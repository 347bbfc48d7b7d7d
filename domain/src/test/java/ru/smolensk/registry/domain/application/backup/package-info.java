/** The backup folder: names, listing and retention. */
package ru.smolensk.registry.domain.application.backup;
