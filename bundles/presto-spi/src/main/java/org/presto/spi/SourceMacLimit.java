package org.presto.spi;

/**
 * MEF 10.4's source MAC address limit of an EVC end point: the UNI keeps a list of at most {@code addresses} source
 * MAC addresses of the service's entering frames, each aged out when no frame has come from it for
 * {@code agingMillis}; a frame from a new address while the list is full is discarded.
 *
 * @param addresses the most addresses listed, at least 1
 * @param agingMillis how long an address stays listed without a frame from it, in milliseconds, at least 1
 * @since 3.2
 */
public record SourceMacLimit(int addresses, long agingMillis) {
    public SourceMacLimit {
        if (addresses < 1 || agingMillis < 1) {
            throw new IllegalArgumentException("a source MAC address limit lists at least 1 address for at least "
                    + "1 ms, not " + addresses + " for " + agingMillis + " ms");
        }
    }

    @Override
    public String toString() {
        return addresses + " MACs / " + agingMillis + " ms";
    }
}
