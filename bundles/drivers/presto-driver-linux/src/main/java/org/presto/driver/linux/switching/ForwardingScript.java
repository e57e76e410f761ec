package org.presto.driver.linux.switching;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.presto.driver.linux.switching.Forwarding.Bucket;
import org.presto.driver.linux.switching.Forwarding.IngressKey;
import org.presto.driver.linux.switching.Forwarding.MemberKey;

/**
 * The nft statements that turn one service's forwarding into another, element by element: first what goes (map
 * elements before the limit objects they name), then what comes (limit objects before the elements naming them).
 */
final class ForwardingScript {
    private ForwardingScript() {
    }

    static void diff(StringBuilder script, Forwarding old, Forwarding now) {
        Set<String> limitsDeleted = new LinkedHashSet<>();
        Set<MemberKey> policedBefore = keys(old.committed(), old.excess());
        Set<MemberKey> policedNow = keys(now.committed(), now.excess());
        Set<MemberKey> policedOutBefore = keys(old.committedOut(), old.excessOut());
        Set<MemberKey> policedOutNow = keys(now.committedOut(), now.excessOut());
        elements(script, "delete", "policed", policedBefore, policedNow);
        elements(script, "delete", "policed-out", policedOutBefore, policedOutNow);
        deleteBuckets(script, "committed", old.committed(), now.committed());
        deleteBuckets(script, "excess", old.excess(), now.excess());
        deleteBuckets(script, "committed-out", old.committedOut(), now.committedOut());
        deleteBuckets(script, "excess-out", old.excessOut(), now.excessOut());
        for (Map<MemberKey, Bucket> buckets : java.util.List.of(old.committed(), old.excess(), old.committedOut(),
                old.excessOut())) {
            // a bucket goes unless the same one (name, rate and burst) stays; a changed one is made again below
            buckets.values().stream().filter(bucket -> !sameBucket(bucket, now)).forEach(bucket -> {
                        if (limitsDeleted.add(bucket.name())) {
                            script.append("delete limit bridge presto ").append(bucket.name()).append('\n');
                        }
                    });
        }
        old.oversize().forEach((key, size) -> {
            if (!size.equals(now.oversize().get(key))) {
                script.append("delete element bridge presto oversize { ").append(oversizeKey(key, size))
                        .append(" }\n");
            }
        });
        old.egress().forEach((key, vlan) -> {
            if (!vlan.equals(now.egress().get(key))) {
                script.append("delete element bridge presto egress { ").append(memberKey(key)).append(" }\n");
            }
        });
        old.members().stream().filter(key -> !now.members().contains(key)).forEach(key -> script
                .append("delete element bridge presto members { ").append(memberKey(key)).append(" }\n"));
        old.ingress().forEach((key, mark) -> {
            if (!mark.equals(now.ingress().get(key))) {
                script.append("delete element bridge presto ingress { ").append(ingressKey(key)).append(" }\n");
            }
        });
        now.ingress().forEach((key, mark) -> {
            if (!mark.equals(old.ingress().get(key))) {
                // create, not add: a port and VLAN another service holds makes the whole transaction fail
                script.append("create element bridge presto ingress { ").append(ingressKey(key)).append(" : ")
                        .append(mark).append(" }\n");
            }
        });
        now.members().stream().filter(key -> !old.members().contains(key)).forEach(key -> script
                .append("add element bridge presto members { ").append(memberKey(key)).append(" }\n"));
        now.egress().forEach((key, vlan) -> {
            if (!vlan.equals(old.egress().get(key))) {
                script.append("add element bridge presto egress { ").append(memberKey(key)).append(" : goto vlan-")
                        .append(vlan).append(" }\n");
            }
        });
        now.oversize().forEach((key, size) -> {
            if (!size.equals(old.oversize().get(key))) {
                script.append("add element bridge presto oversize { ").append(oversizeKey(key, size)).append(" }\n");
            }
        });
        Set<String> limitsAdded = new LinkedHashSet<>();
        addBuckets(script, "committed", old.committed(), now.committed(), old, limitsDeleted, limitsAdded);
        addBuckets(script, "excess", old.excess(), now.excess(), old, limitsDeleted, limitsAdded);
        addBuckets(script, "committed-out", old.committedOut(), now.committedOut(), old, limitsDeleted,
                limitsAdded);
        addBuckets(script, "excess-out", old.excessOut(), now.excessOut(), old, limitsDeleted, limitsAdded);
        elements(script, "add", "policed", policedNow, policedBefore);
        elements(script, "add", "policed-out", policedOutNow, policedOutBefore);
    }

    @SafeVarargs
    private static Set<MemberKey> keys(Map<MemberKey, Bucket>... maps) {
        Set<MemberKey> keys = new LinkedHashSet<>();
        for (Map<MemberKey, Bucket> map : maps) {
            keys.addAll(map.keySet());
        }
        return keys;
    }

    /** Adds or deletes the elements of {@code these} that are not in {@code those}. */
    private static void elements(StringBuilder script, String verb, String set, Set<MemberKey> these,
                                 Set<MemberKey> those) {
        these.stream().filter(key -> !those.contains(key)).forEach(key -> script.append(verb)
                .append(" element bridge presto ").append(set).append(" { ").append(memberKey(key)).append(" }\n"));
    }

    /** Whether the bucket is in {@code now} with the same rate and burst. */
    private static boolean sameBucket(Bucket bucket, Forwarding now) {
        for (Map<MemberKey, Bucket> buckets : java.util.List.of(now.committed(), now.excess(), now.committedOut(),
                now.excessOut())) {
            if (buckets.containsValue(bucket)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteBuckets(StringBuilder script, String map, Map<MemberKey, Bucket> old,
                                      Map<MemberKey, Bucket> now) {
        old.forEach((key, bucket) -> {
            if (!bucket.equals(now.get(key))) {
                script.append("delete element bridge presto ").append(map).append(" { ").append(memberKey(key))
                        .append(" }\n");
            }
        });
    }

    private static void addBuckets(StringBuilder script, String map, Map<MemberKey, Bucket> oldMap,
                                   Map<MemberKey, Bucket> now, Forwarding old, Set<String> limitsDeleted,
                                   Set<String> limitsAdded) {
        now.forEach((key, bucket) -> {
            if (!bucket.equals(oldMap.get(key))) {
                boolean exists = !limitsDeleted.contains(bucket.name()) && sameBucket(bucket, old);
                if (!exists && limitsAdded.add(bucket.name())) {
                    script.append("add limit bridge presto ").append(bucket.name()).append(" { rate ")
                            .append(bucket.bytesPerSecond()).append(" bytes/second burst ")
                            .append(bucket.burstBytes()).append(" bytes }\n");
                }
                script.append("add element bridge presto ").append(map).append(" { ").append(memberKey(key))
                        .append(" : \"").append(bucket.name()).append("\" }\n");
            }
        });
    }

    private static String ingressKey(IngressKey key) {
        return "\"" + key.port() + "\" . " + key.vlan();
    }

    private static String memberKey(MemberKey key) {
        return key.mark() + " . \"" + key.port() + "\"";
    }

    /** Frames of the key longer than the size: meta length from the size less the overhead, plus one, up. */
    private static String oversizeKey(MemberKey key, int maxFrameBytes) {
        return memberKey(key) + " . " + (maxFrameBytes - SwitchTables.FRAME_OVERHEAD + 1) + "-65535";
    }
}
