package org.presto.driver.linux.switching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.presto.driver.linux.switching.Forwarding.Bucket;
import org.presto.driver.linux.switching.Forwarding.IngressKey;
import org.presto.driver.linux.switching.Forwarding.MarkingKey;
import org.presto.driver.linux.switching.Forwarding.MemberKey;
import org.presto.driver.linux.switching.Policers.ClassChain;
import org.presto.driver.linux.switching.Policers.ClassKey;

/**
 * The nft statements that turn one service's forwarding into another, element by element: first what goes (what
 * refers to a thing before the thing: set elements, then class chains, then limit objects), then what comes, in the
 * reverse order.
 */
final class ForwardingScript {
    private ForwardingScript() {
    }

    static void diff(StringBuilder script, Forwarding old, Forwarding now) {
        List<Policers> before = List.of(old.policedIn(), old.policedOut());
        List<Policers> after = List.of(now.policedIn(), now.policedOut());
        Set<String> limitsDeleted = new LinkedHashSet<>();
        for (int i = 0; i < 2; i++) {
            deletePolicers(script, before.get(i), after.get(i));
        }
        // a bucket goes unless the same one (name, rate and burst) stays; a changed one is made again below
        buckets(before).filter(bucket -> !sameBucket(bucket, after)).forEach(bucket -> {
            if (limitsDeleted.add(bucket.name())) {
                script.append("delete limit bridge presto ").append(bucket.name()).append('\n');
            }
        });
        old.macLimits().forEach((key, limit) -> {
            if (!limit.equals(now.macLimits().get(key))) {
                String name = Forwarding.macSet(key);
                script.append("delete element bridge presto mac-limits { ").append(memberKey(key)).append(" }\n")
                        .append("delete chain bridge presto ").append(name).append('\n')
                        .append("delete set bridge presto ").append(name).append('\n');
            }
        });
        old.oversize().forEach((key, size) -> {
            if (!size.equals(now.oversize().get(key))) {
                script.append("delete element bridge presto oversize { ").append(oversizeKey(key, size))
                        .append(" }\n");
            }
        });
        old.marking().forEach((key, verdict) -> {
            if (!verdict.equals(now.marking().get(key))) {
                script.append("delete element bridge presto marking { ").append(markingKey(key)).append(" }\n");
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
        now.marking().forEach((key, verdict) -> {
            if (!verdict.equals(old.marking().get(key))) {
                script.append("add element bridge presto marking { ").append(markingKey(key)).append(" : ")
                        .append(verdict).append(" }\n");
            }
        });
        now.oversize().forEach((key, size) -> {
            if (!size.equals(old.oversize().get(key))) {
                script.append("add element bridge presto oversize { ").append(oversizeKey(key, size)).append(" }\n");
            }
        });
        now.macLimits().forEach((key, limit) -> {
            if (!limit.equals(old.macLimits().get(key))) {
                // a full set takes no new address: the update fails, and the frame falls to the drop
                String name = Forwarding.macSet(key);
                script.append("add set bridge presto ").append(name).append(" { type ether_addr; size ")
                        .append(limit.addresses()).append("; flags dynamic,timeout; timeout ")
                        .append(limit.agingMillis()).append("ms; }\n")
                        .append("add chain bridge presto ").append(name).append(" { update @").append(name)
                        .append(" { ether saddr } return; drop; }\n")
                        .append("add element bridge presto mac-limits { ").append(memberKey(key)).append(" : jump ")
                        .append(name).append(" }\n");
            }
        });
        Set<String> limitsAdded = new LinkedHashSet<>();
        buckets(after).forEach(bucket -> {
            boolean exists = !limitsDeleted.contains(bucket.name()) && sameBucket(bucket, before);
            if (!exists && limitsAdded.add(bucket.name())) {
                script.append("add limit bridge presto ").append(bucket.name()).append(" { rate ")
                        .append(bucket.bytesPerSecond()).append(" bytes/second burst ")
                        .append(bucket.burstBytes()).append(" bytes }\n");
            }
        });
        for (int i = 0; i < 2; i++) {
            addPolicers(script, before.get(i), after.get(i));
        }
    }

    /** The elements and class chains of one direction that go: what refers to a chain before the chain. */
    private static void deletePolicers(StringBuilder script, Policers old, Policers now) {
        elements(script, "delete", old.named("policed"), old.policed(), now.policed());
        elements(script, "delete", old.named("classified"), old.classified(), now.classified());
        deleteBuckets(script, old.named("committed"), old.committed(), now.committed());
        deleteBuckets(script, old.named("excess"), old.excess(), now.excess());
        old.classes().forEach((key, verdict) -> {
            if (!verdict.equals(now.classes().get(key)) || chainChanges(verdict, old, now)) {
                script.append("delete element bridge presto ").append(old.named("classes")).append(" { ")
                        .append(classKey(key)).append(" }\n");
            }
        });
        old.chains().forEach((name, chain) -> {
            if (!chain.equals(now.chains().get(name))) {
                script.append("delete chain bridge presto ").append(name).append('\n');
            }
        });
    }

    /** The class chains and elements of one direction that come: a chain before what refers to it. */
    private static void addPolicers(StringBuilder script, Policers old, Policers now) {
        now.chains().forEach((name, chain) -> {
            if (!chain.equals(old.chains().get(name))) {
                script.append("add chain bridge presto ").append(name).append(" { ").append(rules(chain, now))
                        .append(" }\n");
            }
        });
        now.classes().forEach((key, verdict) -> {
            if (!verdict.equals(old.classes().get(key)) || chainChanges(verdict, old, now)) {
                script.append("add element bridge presto ").append(now.named("classes")).append(" { ")
                        .append(classKey(key)).append(" : ").append(verdict).append(" }\n");
            }
        });
        addBuckets(script, now.named("committed"), old.committed(), now.committed());
        addBuckets(script, now.named("excess"), old.excess(), now.excess());
        elements(script, "add", now.named("classified"), now.classified(), old.classified());
        elements(script, "add", now.named("policed"), now.policed(), old.policed());
    }

    /**
     * Whether a class's verdict goes to a chain that is made again (a chain is deleted only when nothing goes to it).
     */
    private static boolean chainChanges(String verdict, Policers old, Policers now) {
        if (!verdict.startsWith("goto ")) {
            return false;
        }
        String chain = verdict.substring("goto ".length());
        return !Objects.equals(old.chains().get(chain), now.chains().get(chain));
    }

    /**
     * A class chain: green within the committed bucket, yellow within the excess one (entering frames marked drop
     * eligible, as {@code police-in} does), red dropped.
     */
    private static String rules(ClassChain chain, Policers policers) {
        StringBuilder rules = new StringBuilder();
        if (chain.committed() != null) {
            rules.append("limit name \"").append(chain.committed().name()).append("\" return; ");
        }
        if (chain.excess() != null) {
            rules.append("limit name \"").append(chain.excess().name()).append("\" ")
                    .append(policers.direction().equals(Policers.IN) ? SwitchTables.MARK_YELLOW + " " : "")
                    .append("return; ");
        }
        return rules.append("drop;").toString();
    }

    private static Stream<Bucket> buckets(List<Policers> directions) {
        return directions.stream().flatMap(p -> Stream.concat(Stream.concat(p.committed().values().stream(),
                p.excess().values().stream()), p.chains().values().stream()
                .flatMap(chain -> Stream.of(chain.committed(), chain.excess())).filter(Objects::nonNull)));
    }

    /** Adds or deletes the elements of {@code these} that are not in {@code those}. */
    private static void elements(StringBuilder script, String verb, String set, Set<MemberKey> these,
                                 Set<MemberKey> those) {
        these.stream().filter(key -> !those.contains(key)).forEach(key -> script.append(verb)
                .append(" element bridge presto ").append(set).append(" { ").append(memberKey(key)).append(" }\n"));
    }

    /** Whether the bucket is among {@code now}'s with the same rate and burst. */
    private static boolean sameBucket(Bucket bucket, List<Policers> now) {
        return buckets(now).anyMatch(bucket::equals);
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

    private static void addBuckets(StringBuilder script, String map, Map<MemberKey, Bucket> old,
                                   Map<MemberKey, Bucket> now) {
        now.forEach((key, bucket) -> {
            if (!bucket.equals(old.get(key))) {
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

    private static String markingKey(MarkingKey key) {
        return memberKey(new MemberKey(key.mark(), key.port())) + " . " + key.pcp() + " . " + key.dei();
    }

    private static String classKey(ClassKey key) {
        return key.mark() + " . \"" + key.port() + "\" . " + key.pcp();
    }

    /** Frames of the key longer than the size: meta length from the size less the overhead, plus one, up. */
    private static String oversizeKey(MemberKey key, int maxFrameBytes) {
        return memberKey(key) + " . " + (maxFrameBytes - SwitchTables.FRAME_OVERHEAD + 1) + "-65535";
    }
}
