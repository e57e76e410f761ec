package org.presto.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.presto.model.Path;
import org.presto.model.PathComputationService;

/** A path computation service with the paths computed for it, stored and removed together. */
public record PathComputationRecord(
        @JsonProperty("service") PathComputationService service,
        @JsonProperty("paths") List<Path> paths) {

    public PathComputationRecord {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    public PathComputationRecord withPaths(List<Path> computed) {
        return new PathComputationRecord(service, computed);
    }

    public String uuid() {
        return service.uuid();
    }
}
