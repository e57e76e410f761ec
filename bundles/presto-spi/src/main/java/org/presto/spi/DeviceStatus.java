package org.presto.spi;

import java.util.Objects;

/**
 * How a driver reaches one of its devices (a switch, an EMS, a controller), for operators.
 *
 * @param device the device's name, as the driver's configuration gives it
 * @param address where the driver reaches it, e.g. {@code admin@198.18.0.1:830}
 * @param connection whether the driver is in touch with it
 * @param detail the session's features when connected, else why not; may be empty
 */
public record DeviceStatus(String device, String address, Connection connection, String detail) {

    public enum Connection {
        /** The driver did not need the device yet. */
        NOT_CONNECTED,
        /** The driver is in touch with the device. */
        CONNECTED,
        /** The last attempt to reach or use the device failed; the driver tries again on the next use. */
        FAILED
    }

    public DeviceStatus {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(connection, "connection");
        address = address == null ? "" : address;
        detail = detail == null ? "" : detail;
    }
}
