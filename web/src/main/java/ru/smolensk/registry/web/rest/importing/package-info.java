/** REST upload of official plans and reports (.docx, .xlsx). */
package ru.smolensk.registry.web.rest.importing;
