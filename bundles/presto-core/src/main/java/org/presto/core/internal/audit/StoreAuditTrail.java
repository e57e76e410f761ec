package org.presto.core.internal.audit;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.presto.core.AuditTrail;
import org.presto.store.AuditQuery;
import org.presto.store.AuditRecord;
import org.presto.store.PrestoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit trail in the store's audit_record table. */
@Component(service = AuditTrail.class)
public final class StoreAuditTrail implements AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(StoreAuditTrail.class);

    private final PrestoStore store;

    @Activate
    public StoreAuditTrail(@Reference PrestoStore store) {
        this.store = store;
    }

    @Override
    public void record(AuditRecord record) {
        switch (record.outcome()) {
            case REFUSED -> LOG.info("{} refused: {}", describe(record), printable(record.reason()));
            case FAILED -> LOG.warn("{} failed: {}", describe(record), printable(record.reason()));
            default -> LOG.debug("{} done", describe(record));
        }
        try {
            store.appendAudit(record);
        } catch (RuntimeException e) {
            LOG.error("The audit trail could not be written; lost: {} {}", describe(record), record.outcome(), e);
        }
    }

    @Override
    public List<AuditRecord> find(AuditQuery query) {
        return store.auditRecords(query);
    }

    /** "create-connectivity-service evc-1 by alice (rest 198.18.0.7)": the operation, its target and its caller. */
    static String describe(AuditRecord record) {
        return printable(record.operation() + (record.target() == null ? "" : " " + record.target()) + " by "
                + record.principal() + " (" + record.channel()
                + (record.address() == null ? "" : " " + record.address()) + ")");
    }

    /** Texts from outside go to the log on one line: a CR or LF in them cannot forge a log line of their own. */
    private static String printable(String text) {
        return text == null ? null : text.replaceAll("\\p{Cntrl}", "?");
    }
}
