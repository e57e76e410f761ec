-- Path computation services (compute-p-2-p-path) with their computed paths, one JSON document each.
CREATE TABLE IF NOT EXISTS path_computation (
    uuid VARCHAR(64) PRIMARY KEY,
    body TEXT NOT NULL
);
