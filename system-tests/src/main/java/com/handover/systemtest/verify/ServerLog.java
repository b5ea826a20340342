package com.handover.systemtest.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaSnapshot;
import com.handover.systemtest.http.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Everything a user may pull from a server, read over the protocol page by page from the start. */
public record ServerLog(List<Long> positions, List<Operation> operations) {

    public static ServerLog pull(ApiClient api, String token) {
        OperationCodec codec = new OperationCodec();
        List<Long> positions = new ArrayList<>();
        List<Operation> ops = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 100_000; page++) {
            ApiClient.Response r = api.call("GET", "/api/v1/sync/pull?limit=1000&after="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), token, null);
            if (r.status() != 200) {
                throw new IllegalStateException("pull failed: " + r.status() + " " + r.text());
            }
            JsonNode body = r.json();
            for (JsonNode e : body.get("operations")) {
                positions.add(e.get("position").asLong());
                ops.add(codec.fromTree(e.get("operation")));
            }
            String next = body.get("nextCursor").asText();
            if (!body.get("hasMore").asBoolean() || next.equals(cursor)) {
                return new ServerLog(List.copyOf(positions), List.copyOf(ops));
            }
            cursor = next;
        }
        throw new IllegalStateException("the pull never ended");
    }

    public Set<UUID> ids() {
        Set<UUID> ids = new HashSet<>();
        operations.forEach(o -> ids.add(o.id()));
        return ids;
    }

    public ReplicaSnapshot snapshot() {
        return Reducer.reduce(operations).snapshot();
    }

    /** Positions strictly increasing: a page never repeats or reorders an operation. */
    public boolean positionsIncrease() {
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) <= positions.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
