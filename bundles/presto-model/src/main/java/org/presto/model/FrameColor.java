package org.presto.model;

/**
 * The MEF color of a frame, GREEN or YELLOW, as set by a Color Identifier and read by Egress Maps
 * (mef-common-types:frame-color).
 */
public enum FrameColor {
    GREEN,
    YELLOW;
}
