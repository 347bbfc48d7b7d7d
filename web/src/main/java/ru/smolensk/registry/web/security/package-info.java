/**
 * Authentication of browsers and scripts (one mechanism for HTTP Basic and the sign-in page) and the
 * signed-in caller as the application services see it.
 */
package ru.smolensk.registry.web.security;
