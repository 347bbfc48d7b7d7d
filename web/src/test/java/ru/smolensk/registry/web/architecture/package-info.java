/** Rules on the dependencies between the web adapters. */
package ru.smolensk.registry.web.architecture;
