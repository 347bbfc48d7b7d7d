/** The plan fulfilment screen: a half-year's outcomes per organisation, the Excel download, recording outcomes. */
package ru.smolensk.registry.web.ui.fulfilment;
