package org.presto.api.internal;

import java.util.Map;
import java.util.function.Function;

/** The RPCs of one YANG module, by name: each reads its input and returns its output, or {@link #NO_OUTPUT}. */
interface RpcOperations {
    /** What an operation whose YANG definition has no output returns: RFC 8040 3.6.2 answers it with 204. */
    Object NO_OUTPUT = new Object();

    Map<String, Function<RpcInput, Object>> operations();
}
