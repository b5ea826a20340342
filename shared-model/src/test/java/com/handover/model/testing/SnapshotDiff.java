package com.handover.model.testing;

import com.handover.model.sync.ReplicaSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Names the first difference between two replica snapshots, so a failing property prints a readable line. */
public final class SnapshotDiff {

    private SnapshotDiff() {
    }

    public static String firstDifference(ReplicaSnapshot a, ReplicaSnapshot b) {
        String d = map("inspection", a.inspections(), b.inspections());
        d = d != null ? d : map("defect", a.defects(), b.defects());
        d = d != null ? d : map("work order", a.workOrders(), b.workOrders());
        d = d != null ? d : map("complaint", a.complaints(), b.complaints());
        d = d != null ? d : map("outcome of operation", a.outcomes(), b.outcomes());
        d = d != null ? d : list("conflicts", a.conflicts(), b.conflicts());
        return d;
    }

    private static <K extends Comparable<K>, V> String map(String what, Map<K, V> a, Map<K, V> b) {
        var keys = new TreeSet<K>(a.keySet());
        keys.addAll(b.keySet());
        for (K k : keys) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                return what + " " + k + " differs:\n  expected " + a.get(k) + "\n  actual   " + b.get(k);
            }
        }
        return null;
    }

    private static <T> String list(String what, List<T> a, List<T> b) {
        return a.equals(b) ? null : what + " differ:\n  expected " + a + "\n  actual   " + b;
    }

    /** Throws an AssertionError naming the first difference, if any. */
    public static void assertSame(ReplicaSnapshot expected, ReplicaSnapshot actual) {
        String d = firstDifference(expected, actual);
        if (d != null) {
            throw new AssertionError(d);
        }
    }
}
