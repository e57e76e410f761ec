package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.presto.core.PrestoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure leaves the API as a RESTCONF error, never as a stack trace or an HTML page. */
final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private final ObjectMapper json;

    ErrorMapper(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Response toResponse(Throwable failure) {
        return restconfError(failure).toResponse(json);
    }

    private static RestconfError restconfError(Throwable failure) {
        // a RestconfError thrown where CXF reads a body (e.g. a body past its size limit) comes wrapped
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestconfError error) {
                return error;
            }
        }
        if (failure instanceof PrestoException e) {
            // the resources say where the member is (OperationsResource, DataResource); here it is not known
            return RestconfError.of(e, null);
        }
        if (failure instanceof NotFoundException) {
            return RestconfError.notFound("no such resource", null);
        }
        if (failure instanceof NotAllowedException
                || failure instanceof WebApplicationException w && w.getResponse().getStatus() == 405) {
            return new RestconfError(405, "protocol", "operation-not-supported", "method not allowed here", null);
        }
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            return new RestconfError(e.getResponse().getStatus(), "protocol", "invalid-value",
                    e.getResponse().getStatusInfo().getReasonPhrase(), null);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException gone) {
                // the connection failed under the answer (the client went away): nothing to repair, nobody to tell
                LOG.info("The client went away before its answer was written ({}: {})",
                        gone.getClass().getSimpleName(), gone.getMessage());
                return new RestconfError(400, "transport", "malformed-message", "the connection failed", null);
            }
        }
        LOG.error("Request failed unexpectedly", failure);
        return new RestconfError(500, "application", "operation-failed",
                "internal error (details in the server log)", null);
    }
}
