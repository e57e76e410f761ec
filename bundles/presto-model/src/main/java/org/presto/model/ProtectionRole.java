package org.presto.model;

/**
 * The protection role of a connectivity service end point, set when the service is created or updated: WORK, PROTECT,
 * PROTECTED, NA, WORK_RESTORE or PROTECT_RESTORE (tapi-connectivity:protection-role).
 */
public enum ProtectionRole {
    WORK,
    PROTECT,
    PROTECTED,
    NA,
    WORK_RESTORE,
    PROTECT_RESTORE;
}
