package org.presto.model;

/**
 * Whether the bandwidth profile algorithm takes the color of a frame into account: COLOR_AWARE or COLOR_BLIND
 * (mef-common-types:color-mode).
 */
public enum ColorMode {
    COLOR_AWARE,
    COLOR_BLIND;
}
