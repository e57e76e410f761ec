package org.presto.spi;

/** A driver or its device refused or failed an operation; the message says why, in the device's terms. */
public class DriverException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public DriverException(String message) {
        this(message, null, false);
    }

    public DriverException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param retryable whether the same call may succeed if made again shortly (the device was busy, a session
     *                  dropped), as opposed to a refusal that would only be repeated
     */
    public DriverException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether Presto may make the same (idempotent) call again after a short wait. */
    public boolean retryable() {
        return retryable;
    }

    /** The refusal of a change of a kind the driver does not make (it does not declare what the change needs). */
    public static DriverException cannotMake(DriverInfo driver, DeviceChange change) {
        return new DriverException("driver " + driver.id() + " does not configure " + change.getClass().getSimpleName()
                + " (node " + change.nodeId() + ", service " + change.serviceId() + "), which needs " + change.needs());
    }
}
