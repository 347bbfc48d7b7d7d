/** Unit tests of the authentication helpers. */
package ru.smolensk.registry.web.security;
