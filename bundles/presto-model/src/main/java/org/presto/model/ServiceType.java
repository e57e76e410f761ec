package org.presto.model;

/** TAPI connectivity service type. */
public enum ServiceType {
    POINT_TO_POINT_CONNECTIVITY,
    POINT_TO_MULTIPOINT_CONNECTIVITY,
    MULTIPOINT_CONNECTIVITY,
    ROOTED_MULTIPOINT_CONNECTIVITY;
}
