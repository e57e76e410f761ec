/**
 * The store as the core uses it and what it records: service records cached in memory, written through
 * ({@code ServiceCache}); an event for every state stored ({@code PublishingStore}, {@code EventJournal}); and the
 * recovery of operations a crash interrupted, from their journaled undo records ({@code JournalRecovery}).
 */
package org.presto.core.internal.journal;
