/** The audit trail: writes and their outcomes, kept in the store. */
package org.presto.core.internal.audit;
