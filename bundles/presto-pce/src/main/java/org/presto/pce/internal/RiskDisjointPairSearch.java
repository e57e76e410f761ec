package org.presto.pce.internal;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.presto.model.Link;
import org.presto.pce.ComputedPath;
import org.presto.pce.Disjointness;
import org.presto.pce.PathConstraints;

/**
 * The least-total pair of paths sharing no link and no risk (SRLG), by the project's own method built on Suurballe
 * and Yen. Finding it is NP-hard in general, so this search is exact in two cases and bounded otherwise: when the
 * least link-disjoint pair ({@link DisjointPairSearch}) happens to share no risk it is the answer; else each of the
 * first paths in order of weight ({@link YenKShortestPaths}, up to {@link #FIRST_PATHS}) is paired with the best path
 * over the links clear of its links and risks, stopping as soon as no later first path can do better, which is exact
 * when the lighter path of the best pair is among those first paths. Otherwise none or a dearer pair is found. With
 * F = FIRST_PATHS and r the links' risk entries, O(F n ((n + m) log n + F n) + F r) time, Yen's share dominating.
 * That the problem is NP-hard: J. Q. Hu, Diverse routing in optical mesh networks, IEEE Transactions on
 * Communications 51(3) (2003) 489-494.
 */
final class RiskDisjointPairSearch {
    static final int FIRST_PATHS = 20;

    private RiskDisjointPairSearch() {
    }

    static Optional<List<ComputedPath>> find(PreparedRequest request) {
        Optional<List<ComputedPath>> linkDisjoint = DisjointPairSearch.find(request, Disjointness.LINK);
        if (linkDisjoint.isEmpty() || riskDisjoint(request.graph, linkDisjoint.get())) {
            return linkDisjoint;
        }
        long leastPossible = linkDisjoint.get().get(0).metric() + linkDisjoint.get().get(1).metric();
        BitSet usable = request.usable(request.request.constraints());
        long[] toTarget = request.distancesTo(request.target, usable);
        List<ComputedPath> firsts = YenKShortestPaths.find(request, FIRST_PATHS);
        long shortest = firsts.get(0).metric();
        List<ComputedPath> best = null;
        long bestTotal = Long.MAX_VALUE;
        for (ComputedPath first : firsts) {
            if (first.metric() + shortest >= bestTotal || bestTotal == leastPossible) {
                break;
            }
            BitSet clear = (BitSet) usable.clone();
            clearLinksSharingRisks(request.graph, first, clear);
            Optional<ComputedPath> second = request.best(request.source, request.target, clear, PathConstraints.NONE,
                    toTarget);
            if (second.isPresent() && first.metric() + second.get().metric() < bestTotal) {
                bestTotal = first.metric() + second.get().metric();
                best = List.of(first, second.get());
            }
        }
        return Optional.ofNullable(best).map(pair -> pair.stream().sorted(Comparator
                .comparingLong(ComputedPath::metric).thenComparing(p -> p.nodeIds().toString())).toList());
    }

    /** Takes out the path's links and every link with a risk one of them has. */
    private static void clearLinksSharingRisks(CompiledTopology graph, ComputedPath path, BitSet usable) {
        BitSet risks = new BitSet();
        for (Link link : path.links()) {
            int l = graph.link(link.uuid());
            usable.clear(l);
            for (int risk : graph.risks[l]) {
                risks.set(risk);
            }
        }
        if (risks.isEmpty()) {
            return;
        }
        for (int l = usable.nextSetBit(0); l >= 0; l = usable.nextSetBit(l + 1)) {
            for (int risk : graph.risks[l]) {
                if (risks.get(risk)) {
                    usable.clear(l);
                    break;
                }
            }
        }
    }

    private static boolean riskDisjoint(CompiledTopology graph, List<ComputedPath> pair) {
        BitSet risks = new BitSet();
        for (Link link : pair.get(0).links()) {
            for (int risk : graph.risks[graph.link(link.uuid())]) {
                risks.set(risk);
            }
        }
        for (Link link : pair.get(1).links()) {
            for (int risk : graph.risks[graph.link(link.uuid())]) {
                if (risks.get(risk)) {
                    return false;
                }
            }
        }
        return true;
    }
}
