/**
 * Protection of sign-ins: failed attempts counted per account and per client address, delays and temporary locks,
 * audited.
 */
package ru.smolensk.registry.domain.application.security;
