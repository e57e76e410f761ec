package org.presto.driver.netconf.protocol;

import java.util.List;
import java.util.stream.Collectors;

/** A device answered an rpc with errors: it refused the request. */
public final class RpcException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RpcError> errors;

    public RpcException(String operation, List<RpcError> errors) {
        super(operation + " refused: " + errors.stream().map(RpcError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RpcError> errors() {
        return errors;
    }

    /** Whether every error says the device was busy or locked, so the request may succeed later. */
    public boolean isTransient() {
        return !errors.isEmpty() && errors.stream().allMatch(RpcError::isTransient);
    }
}
