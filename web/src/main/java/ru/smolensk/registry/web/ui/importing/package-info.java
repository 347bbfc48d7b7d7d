/** The import screen: upload of a plan or report, its dry-run preview, confirmation or cancellation. */
package ru.smolensk.registry.web.ui.importing;
