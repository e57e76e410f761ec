package org.presto.model;

/**
 * A directive for a TAPI path computation objective or optimization constraint: MINIMIZE, MAXIMIZE, ALLOW, DISALLOW or
 * DONT_CARE (tapi-common:directive-value).
 */
public enum DirectiveValue {
    MINIMIZE,
    MAXIMIZE,
    ALLOW,
    DISALLOW,
    DONT_CARE;
}
