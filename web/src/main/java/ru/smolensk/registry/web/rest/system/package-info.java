/** The server's own state for administrators: health with details, current sign-in locks. */
package ru.smolensk.registry.web.rest.system;
