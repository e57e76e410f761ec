package org.presto.model;

/**
 * The forwarding statement of a TAPI node rule: traffic may, must or cannot be forwarded across the group, or no
 * statement is made (tapi-topology:forwarding-rule).
 */
public enum ForwardingRule {
    MAY_FORWARD_ACROSS_GROUP,
    MUST_FORWARD_ACROSS_GROUP,
    CANNOT_FORWARD_ACROSS_GROUP,
    NO_STATEMENT_ON_FORWARDING;
}
