/** Official Word documents and Excel exports of consolidated plans and reports. */
package ru.smolensk.registry.integration.office.consolidated;
