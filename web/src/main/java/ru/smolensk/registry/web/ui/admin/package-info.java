/** The administrator's screens: organisations with their dated names, spheres, countries, accounts. */
package ru.smolensk.registry.web.ui.admin;
