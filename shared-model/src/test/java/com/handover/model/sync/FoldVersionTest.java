package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.handover.model.json.ModelJson;
import com.handover.model.testing.OperationGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Devices keep their folds and open on them while {@link ReplicaState#FOLD_VERSION} is unchanged, so a change to
 * what the folds make of operations must come with a new version. This test folds fixed generated sessions and
 * holds the result to the digest recorded for the current version: when it fails, raise FOLD_VERSION and record
 * the digest it prints (or, if only the generator changed, record the digest alone).
 */
class FoldVersionTest {

    private static final int VERSION_RECORDED = 1;
    private static final String DIGEST_RECORDED = "c12fe87486ba8f32e7307507ebc7b779384262b5def85390a1253979ef6652e9";

    @Test
    void theFoldsGiveTheStateRecordedForTheirVersion() throws Exception {
        ObjectMapper sorted = ModelJson.mapper().copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long seed = 1; seed <= 200; seed++) {
            ReplicaSnapshot folded = Reducer.reduce(OperationGenerator.session(seed)).snapshot();
            sha.update(sorted.writeValueAsString(folded).getBytes(StandardCharsets.UTF_8));
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        assertEquals(VERSION_RECORDED + " " + DIGEST_RECORDED, ReplicaState.FOLD_VERSION + " " + digest,
                "the folds' output changed: raise ReplicaState.FOLD_VERSION so that devices fold their logs again,"
                        + " then record that version and this digest here");
    }
}
