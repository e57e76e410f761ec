package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.ShellUtil;
import org.presto.core.AuditTrail;
import org.presto.core.PrestoException;
import org.presto.store.AuditRecord;

/**
 * A command that changes something: it runs, then the audit trail records who ran it (the shell user, from Karaf's
 * JAAS subject), what ({@code presto:NAME} and its target) and how it ended, refusals and failures with their reason.
 */
abstract class WriteCommand implements Action {
    @Reference
    AuditTrail audit;

    /** Does the change, and says what it did (as {@link Action#execute()}). */
    protected abstract Object write() throws Exception;

    /** What the change is about (a SIP, a service, a file), as the user named it. */
    protected abstract String target();

    /** Whether this run changes anything at all (a command may also only look). */
    protected boolean writes() {
        return true;
    }

    @Override
    public final Object execute() throws Exception {
        if (!writes()) {
            return write();
        }
        try {
            Object result = write();
            record(AuditRecord.Outcome.SUCCESS, null);
            return result;
        } catch (PrestoException e) {
            boolean failed = e.reason() == PrestoException.Reason.DEVICE_FAILURE
                    || e.reason() == PrestoException.Reason.UNAVAILABLE;
            record(failed ? AuditRecord.Outcome.FAILED : AuditRecord.Outcome.REFUSED, e.getMessage());
            throw e;
        } catch (IllegalArgumentException e) {
            record(AuditRecord.Outcome.REFUSED, e.getMessage());
            throw e;
        } catch (Exception e) {
            record(AuditRecord.Outcome.FAILED, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            throw e;
        }
    }

    private void record(AuditRecord.Outcome outcome, String reason) {
        Command command = getClass().getAnnotation(Command.class);
        String user = ShellUtil.getCurrentUserName();
        audit.record(new AuditRecord(0, java.time.Instant.now(), user == null ? "console" : user, "shell", null,
                command.scope() + ":" + command.name(), target(), outcome, reason));
    }
}
