/**
 * The one owner of changes to the entries of a plan or report ({@link ru.smolensk.registry.domain.application.entry.SubmissionEntries}):
 * who may write them now, the section an entry goes to, its normalization, its agreements and the audit record of
 * every write. The entry form, the import, the exchange, plan links and fulfilment all go through it.
 */
package ru.smolensk.registry.domain.application.entry;
