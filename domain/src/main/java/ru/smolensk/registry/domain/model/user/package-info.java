/** Accounts of staff and partner systems and their binding to an organisation. */
package ru.smolensk.registry.domain.model.user;
