/**
 * The signed-in caller as the application services see it: name and roles from the container, organisation
 * from the account binding in the registry.
 */
package ru.smolensk.registry.web.security;
