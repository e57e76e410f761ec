/**
 * Path computation services: requests checked ({@code PathRequestValidator}), paths computed, optimised, kept and
 * deleted ({@code PathComputationEngine}).
 */
package org.presto.core.internal.paths;
