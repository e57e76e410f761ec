package org.presto.core;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The recent state changes, the same events Presto posts on the OSGi EventAdmin. */
@ProviderType
public interface EventLog {

    /** At most {@code max} most recent events, oldest first; Presto keeps the last 1000. */
    List<PrestoEvent> recent(int max);
}
