/**
 * What the network is: the drivers present and the network each reports ({@code Inventory}, one immutable
 * {@code NetworkSnapshot} at a time), the topologies it is served in ({@code ServedTopologies}, {@code
 * ReportedLayers}),
 * where each SIP is ({@code SipLocation}), and the TAPI context put together from it and the services
 * ({@code ContextAssembler}, {@code ConnectionEndPoints}). Everything else asks it; it asks nothing of the rest.
 */
package org.presto.core.internal.inventory;
