package com.handover.server.bench;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.sync.Operation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * One device's everyday sync on a busy unit: the unit first gets about 1,000 operations of history (several
 * handover inspections), then, {@value #ROUNDS} times, one new item result is pushed and the device pulls what is
 * new. Each round is timed from the push request to the end of the pull answer.
 */
record SingleOpLatency(int history, int rounds, double p50Millis, double p99Millis, double pushP50Millis,
                       double pullP50Millis) {

    static final int HISTORY = 1000;
    static final int ROUNDS = 200;

    static SingleOpLatency measure(BenchClient client, ChecklistCatalog catalog, UUID unit) throws Exception {
        List<Operation> history = new InspectionStream(catalog, "bench", client.device(), 7)
                .generate(Collections.nCopies(8, unit), HISTORY);
        for (int from = 0; from < history.size(); from += 500) {
            client.push(history.subList(from, Math.min(history.size(), from + 500)));
        }
        List<Operation> probe = new InspectionStream(catalog, "bench", client.device(), 8)
                .generate(Collections.nCopies(2, unit), ROUNDS + 1);
        client.push(List.of(probe.get(0)));
        String cursor = client.pullAll("");
        double[] millis = new double[ROUNDS];
        double[] pushes = new double[ROUNDS];
        double[] pulls = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            client.push(List.of(probe.get(i + 1)));
            long pushed = System.nanoTime();
            BenchClient.Pulled page = client.pull(cursor);
            long end = System.nanoTime();
            millis[i] = (end - start) / 1e6;
            pushes[i] = (pushed - start) / 1e6;
            pulls[i] = (end - pushed) / 1e6;
            if (page.operations() < 1) {
                throw new IllegalStateException("the pull after a push brought nothing back");
            }
            cursor = page.cursor();
        }
        Arrays.sort(millis);
        Arrays.sort(pushes);
        Arrays.sort(pulls);
        return new SingleOpLatency(history.size(), ROUNDS, millis[ROUNDS / 2],
                millis[Math.min(ROUNDS - 1, (int) Math.ceil(ROUNDS * 0.99) - 1)], pushes[ROUNDS / 2], pulls[ROUNDS / 2]);
    }
}
