package org.presto.core;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.presto.store.AuditQuery;
import org.presto.store.AuditRecord;

/**
 * Who asked Presto for which write, and what came of it, kept in the store across restarts: the front ends (the REST
 * API, the shell) record every write they answer, refused and failed ones too.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Appends a record (its {@code seq} is ignored) and logs refusals at INFO and failures at WARN, one line each
     * with the reason. Never throws: a trail that cannot be written is logged as an error, and the answer to the
     * client stands.
     */
    void record(AuditRecord record);

    /** The records a query selects, newest first. */
    List<AuditRecord> find(AuditQuery query);
}
