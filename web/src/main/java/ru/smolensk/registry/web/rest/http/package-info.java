/** HTTP conventions every resource shares: versions as {@code ETag}s and the {@code If-Match} a change needs. */
package ru.smolensk.registry.web.rest.http;
