package org.presto.core.internal.planning;

import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.LatencyCharacteristic;

/**
 * Reads a latency bound from TAPI latency characteristics: exactly one, whose fixed-latency-characteristic is the
 * most latency allowed, in microseconds, the unit in which Presto's links state theirs.
 */
public final class LatencyBound {
    private LatencyBound() {
    }

    public static long of(List<LatencyCharacteristic> characteristics, String path) {
        if (characteristics.size() != 1) {
            throw invalid(path, "give one latency-characteristic as the bound, not " + characteristics.size());
        }
        LatencyCharacteristic bound = characteristics.get(0);
        if (bound.queingLatencyCharacteristic() != null || bound.jitterCharacteristic() != null
                || bound.wanderCharacteristic() != null) {
            throw invalid(path + "[0]", "only fixed-latency-characteristic can bound a route");
        }
        String text = bound.fixedLatencyCharacteristic();
        long micros;
        try {
            micros = Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw invalid(path + "[0]/fixed-latency-characteristic", "the bound is a whole number of microseconds, "
                    + "not '" + text + "'");
        }
        if (micros <= 0) {
            throw invalid(path + "[0]/fixed-latency-characteristic", "the bound must be positive, not " + micros);
        }
        return micros;
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
