package org.presto.spi;

/** A driver or its device refused or failed an operation; the message says why, in the device's terms. */
public class DriverException extends Exception {
    private static final long serialVersionUID = 1L;

    public DriverException(String message) {
        super(message);
    }

    public DriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
