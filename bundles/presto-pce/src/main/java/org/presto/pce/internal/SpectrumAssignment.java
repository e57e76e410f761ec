package org.presto.pce.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathResult.Cause;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.pce.SpectrumRequest;
import org.presto.pce.SpectrumRequest.SpectrumPolicy;
import org.presto.pce.SpectrumResult;
import org.presto.pce.SpectrumSlice;

/**
 * Routing and spectrum assignment by k shortest paths with a slot policy (K-SP first fit or most used): of the
 * {@link #CANDIDATE_PATHS} best paths in order of the objective (Yen), the first with a slice free on all its links
 * (spectrum continuity and contiguity, no conversion) gets it. The policy only picks the slice on that path: the
 * lowest (first fit), or the one whose slots are taken on the most links of the network (most used, which for a slice
 * of several slots the project reads as the sum over its slots). A path's taken spectrum is the union of its links'
 * and its ends' sets of s = 384 slots. For c candidates, O(c (n + s) s) time beyond their search (bitsets work 64
 * slots at a time), plus for most used one count of every link's taken slots per spectrum snapshot. H. Zang,
 * J. P. Jue, B. Mukherjee, A review of routing and wavelength assignment approaches for wavelength-routed optical WDM
 * networks, Optical Networks Magazine 1(1) (2000) 47-60; for the flexible grid, B. C. Chatterjee, N. Sarma, E. Oki,
 * Routing and spectrum allocation in elastic optical networks: a tutorial, IEEE Communications Surveys &amp; Tutorials
 * 17(3) (2015) 1776-1800.
 */
final class SpectrumAssignment {
    /** Candidate paths per request: beyond a few, longer paths cost reach and spectrum on more links. */
    static final int CANDIDATE_PATHS = 5;

    private SpectrumAssignment() {
    }

    /** The assignment, or null when none of the candidates has the spectrum; candidates must not be empty. */
    static SpectrumResult find(List<ComputedPath> candidates, SpectrumRequest spectrum) {
        SpectrumMap usage = spectrum.policy() == SpectrumPolicy.MOST_USED ? spectrum.taken() : null;
        for (ComputedPath path : candidates) {
            BitSet taken = spectrum.takenAtEnds();
            for (Link link : path.links()) {
                spectrum.taken().addTaken(link.uuid(), taken);
            }
            Optional<SpectrumSlice> slice = slice(taken, spectrum.grid(), spectrum.slots(), usage);
            if (slice.isPresent()) {
                return new SpectrumResult.Assigned(path, slice.get());
            }
        }
        return new SpectrumResult.NotAssigned(Cause.NO_SPECTRUM, "none of the " + candidates.size() + " best paths "
                + "has " + spectrum.slots() + " contiguous 12.5 GHz slots free on all its links ("
                + spectrum.grid() + ", " + spectrum.policy() + ")");
    }

    /**
     * The slice to take among the free ones: the lowest (first fit), or the one whose slots are taken on the most
     * links of the network (most used), the lowest among equals.
     */
    static Optional<SpectrumSlice> slice(BitSet taken, SpectrumGrid grid, int width, SpectrumMap usage) {
        int best = -1;
        long bestUse = -1;
        for (int start = 0; start + width <= SpectrumGrid.SLOTS; start += grid.alignment()) {
            int next = taken.nextSetBit(start);
            if (next >= 0 && next < start + width) {
                continue;
            }
            if (usage == null) {
                return Optional.of(new SpectrumSlice(start, width));
            }
            long use = 0;
            for (int slot = start; slot < start + width; slot++) {
                use += usage.usage(slot);
            }
            if (use > bestUse) {
                best = start;
                bestUse = use;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new SpectrumSlice(best, width));
    }
}
