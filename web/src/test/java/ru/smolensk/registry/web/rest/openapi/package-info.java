/** Tests of what the OpenAPI document learns from the resources themselves. */
package ru.smolensk.registry.web.rest.openapi;
