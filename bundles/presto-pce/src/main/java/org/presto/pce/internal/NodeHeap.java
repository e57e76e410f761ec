package org.presto.pce.internal;

import java.util.Arrays;

/**
 * A binary min-heap of (key, node) pairs in two primitive arrays, ordered by key and then by node number so that
 * equal keys leave in the same order on every run. A node may be in it more than once; the search skips stale
 * entries, which is cheaper than decreasing keys in place. With h entries, add and poll take O(log h) time (add
 * amortized, the arrays doubling when full) and the heap O(h) space; a search adds at most one entry per source and
 * per arc it scans, so h is O(n + m) and log h is O(log n) unless nodes have many parallel links. The heap is that
 * of J. W. J. Williams, Algorithm 232: Heapsort, Communications of the ACM 7(6) (1964) 347-348.
 */
final class NodeHeap {
    private long[] keys = new long[64];
    private int[] nodes = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    void add(long key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(key, node, keys[parent], nodes[parent])) {
                break;
            }
            keys[at] = keys[parent];
            nodes[at] = nodes[parent];
            at = parent;
        }
        keys[at] = key;
        nodes[at] = node;
    }

    long peekKey() {
        return keys[0];
    }

    /** Removes the least entry and returns its node; {@link #peekKey()} before gives its key. */
    int poll() {
        int top = nodes[0];
        size--;
        long key = keys[size];
        int node = nodes[size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(keys[child + 1], nodes[child + 1], keys[child], nodes[child])) {
                child++;
            }
            if (!before(keys[child], nodes[child], key, node)) {
                break;
            }
            keys[at] = keys[child];
            nodes[at] = nodes[child];
            at = child;
        }
        keys[at] = key;
        nodes[at] = node;
        return top;
    }

    private static boolean before(long key, int node, long otherKey, int otherNode) {
        return key < otherKey || key == otherKey && node < otherNode;
    }
}
