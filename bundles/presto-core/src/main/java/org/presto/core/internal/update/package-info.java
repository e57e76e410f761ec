/**
 * Changing an installed service, journaled and all or nothing: new capacity, end points that join, leave or change,
 * lock and unlock ({@code ServiceUpdate}); the old configuration kept as prior while the new one goes on
 * ({@code Reconfiguration}); make-before-break moves of a point-to-point route ({@code MakeBeforeBreak}); new trees of
 * multipoint services ({@code MultipointChange}); new channels of photonic services ({@code PhotonicChange}).
 */
package org.presto.core.internal.update;
