/** Tests of the dashboard's deadlines. */
package ru.smolensk.registry.web.ui.campaign;
