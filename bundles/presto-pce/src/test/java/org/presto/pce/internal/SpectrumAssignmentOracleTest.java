package org.presto.pce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presto.model.Link;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.Topology;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathConstraints;
import org.presto.pce.PathRequest;
import org.presto.pce.PathResult;
import org.presto.pce.SpectrumGrid;
import org.presto.pce.SpectrumMap;
import org.presto.pce.SpectrumRequest;
import org.presto.pce.SpectrumRequest.SpectrumPolicy;
import org.presto.pce.SpectrumResult;
import org.presto.pce.SpectrumSlice;

/**
 * Routing and spectrum assignment against brute force on thousands of random small graphs with random spectrum
 * maps: every simple path is enumerated with its free slices. The assignment must be free on every link of its path
 * and on the grid; every lighter path must have had no room; first fit takes the lowest slice of its path and most
 * used the one most taken elsewhere; and "no spectrum" only when the five lightest paths all lack room.
 */
class SpectrumAssignmentOracleTest {
    private final PathComputerComponent pce = new PathComputerComponent();

    @Test
    void agreesWithBruteForce() {
        Random random = new Random(31);
        int assigned = 0;
        int noSpectrum = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 2 + random.nextInt(7);
            List<Link> links = ConstrainedPathOracleTest.randomLinks(random, n);
            Topology topology = ConstrainedPathOracleTest.topology(n, links);
            PathConstraints constraints = ConstrainedPathOracleTest.randomConstraints(random, n, links)
                    .withoutBounds();
            String source = "n0";
            String target = "n" + (n - 1);
            if (constraints.excludedNodeIds().contains(source) || constraints.excludedNodeIds().contains(target)) {
                continue;
            }
            double busy = List.of(0.3, 0.9, 0.98).get(random.nextInt(3));
            Map<String, BitSet> occupied = new HashMap<>();
            for (Link link : links) {
                BitSet slots = new BitSet();
                for (int slot = 0; slot < SpectrumGrid.SLOTS; slot++) {
                    if (random.nextDouble() < busy) {
                        slots.set(slot);
                    }
                }
                occupied.put(link.uuid(), slots);
            }
            SpectrumGrid grid = SpectrumGrid.values()[random.nextInt(2)];
            SpectrumPolicy policy = SpectrumPolicy.values()[random.nextInt(2)];
            SpectrumRequest spectrum = new SpectrumRequest(grid, 12_500L * (1 + random.nextInt(4)), policy,
                    SpectrumMap.of(occupied));
            RouteObjectiveFunction objective = RouteObjectiveFunction.MIN_WORK_ROUTE_COST;
            List<List<Link>> paths = new ArrayList<>();
            List<String> walked = new ArrayList<>(List.of(source));
            ConstrainedPathOracleTest.enumerate(links, source, target, walked, new ArrayList<>(), path -> {
                if (ConstrainedPathOracleTest.satisfies(path, walked, constraints)) {
                    paths.add(new ArrayList<>(path));
                }
            });
            SpectrumResult result = pce.routeAndAssignSpectrum(new PathRequest(topology, source, target, objective,
                    constraints), spectrum);
            String where = "round " + round + ": " + grid + " " + policy + " " + spectrum.slots() + " slots";
            if (paths.isEmpty()) {
                assertTrue(result instanceof SpectrumResult.NotAssigned notAssigned
                        && notAssigned.cause() != PathResult.Cause.NO_SPECTRUM, where + ": " + result);
                continue;
            }
            if (result instanceof SpectrumResult.Assigned found) {
                assigned++;
                ComputedPath path = found.path();
                assertTrue(ConstrainedPathOracleTest.satisfies(path.links(), path.nodeIds(), constraints), where);
                BitSet taken = taken(path.links(), occupied);
                SpectrumSlice slice = found.slice();
                assertEquals(spectrum.slots(), slice.slotCount(), where);
                assertEquals(0, slice.firstSlot() % grid.alignment(), where);
                assertTrue(free(taken, slice), where + ": " + slice + " is taken");
                for (List<Link> lighter : paths) {
                    if (ConstrainedPathOracleTest.weight(lighter, objective) < path.metric()) {
                        assertTrue(slices(taken(lighter, occupied), grid, spectrum.slots()).isEmpty(),
                                where + ": a lighter path had room");
                    }
                }
                List<SpectrumSlice> options = slices(taken, grid, spectrum.slots());
                SpectrumSlice expected = policy == SpectrumPolicy.FIRST_FIT ? options.get(0)
                        : mostUsed(options, occupied);
                assertEquals(expected, slice, where);
            } else {
                SpectrumResult.NotAssigned none = (SpectrumResult.NotAssigned) result;
                assertEquals(PathResult.Cause.NO_SPECTRUM, none.cause(), where);
                noSpectrum++;
                List<Long> weights = paths.stream().map(p -> ConstrainedPathOracleTest.weight(p, objective))
                        .sorted().toList();
                long fifth = weights.get(Math.min(4, weights.size() - 1));
                for (List<Link> path : paths) {
                    if (ConstrainedPathOracleTest.weight(path, objective) < fifth || weights.size() <= 5) {
                        assertTrue(slices(taken(path, occupied), grid, spectrum.slots()).isEmpty(),
                                where + ": a candidate path had room");
                    }
                }
            }
        }
        assertTrue(assigned > 300 && noSpectrum > 100, assigned + " assigned, " + noSpectrum + " without spectrum");
    }

    private static BitSet taken(List<Link> path, Map<String, BitSet> occupied) {
        BitSet taken = new BitSet();
        path.forEach(link -> taken.or(occupied.get(link.uuid())));
        return taken;
    }

    private static boolean free(BitSet taken, SpectrumSlice slice) {
        for (int slot = slice.firstSlot(); slot < slice.firstSlot() + slice.slotCount(); slot++) {
            if (taken.get(slot)) {
                return false;
            }
        }
        return true;
    }

    /** Every slice of that width on the grid free on a path, lowest first. */
    private static List<SpectrumSlice> slices(BitSet taken, SpectrumGrid grid, int width) {
        List<SpectrumSlice> slices = new ArrayList<>();
        for (int start = 0; start + width <= SpectrumGrid.SLOTS; start += grid.alignment()) {
            SpectrumSlice slice = new SpectrumSlice(start, width);
            if (free(taken, slice)) {
                slices.add(slice);
            }
        }
        return slices;
    }

    private static SpectrumSlice mostUsed(List<SpectrumSlice> options, Map<String, BitSet> occupied) {
        SpectrumSlice best = null;
        long bestUse = -1;
        for (SpectrumSlice slice : options) {
            long use = 0;
            for (BitSet slots : occupied.values()) {
                use += slots.get(slice.firstSlot(), slice.firstSlot() + slice.slotCount()).cardinality();
            }
            if (use > bestUse) {
                best = slice;
                bestUse = use;
            }
        }
        return best;
    }
}
