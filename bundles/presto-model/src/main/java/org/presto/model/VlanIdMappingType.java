package org.presto.model;

/** MEF VLAN id mapping type of a VLAN list. */
public enum VlanIdMappingType {
    ALL,
    EXCEPT,
    LIST;
}
