package com.handover.model.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperationExamplesTest {

    private final OperationCodec codec = new OperationCodec();

    @Test
    void everyOperationTypeHasExactlyOneExampleAndNoFileNamesAnUnknownType() {
        var expected = Arrays.stream(OperationType.values()).map(t -> t.wireName() + ".json")
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> files = GoldenFileDirectory.fileNames("operations");

        var missing = new TreeSet<>(expected);
        missing.removeAll(files);
        var unknown = new TreeSet<>(files);
        unknown.removeAll(expected);
        assertEquals(new TreeSet<String>(), missing, "operation types without a golden example");
        assertEquals(new TreeSet<String>(), unknown, "golden files that name no operation type");
    }

    @ParameterizedTest
    @EnumSource(OperationType.class)
    void exampleReadsAndWritesBackToTheSameTreeInTheCodecsFieldOrder(OperationType type) throws Exception {
        JsonNode file = ProtocolExamples.tree(ProtocolExamples.operationPath(type));

        Operation op = codec.fromTree(file);

        assertEquals(type, op.type());
        assertTrue(JsonTrees.same(file, codec.toTree(op)), () -> "differs from the file: " + codec.toJson(op));
        // Tree equality ignores the order of fields; the compact text does not.
        assertEquals(ModelJson.mapper().writeValueAsString(file), codec.toJson(op));
    }

    @ParameterizedTest
    @EnumSource(OperationType.class)
    void exampleIsTheOperationBuiltInJava(OperationType type) {
        assertEquals(GoldenOperations.of(type), ProtocolExamples.operation(type),
                "protocol/operations/" + type.wireName() + ".json differs from GoldenOperations; "
                        + "regenerate with GoldenOperationsWriter if the change is deliberate");
    }

    @ParameterizedTest
    @EnumSource(OperationType.class)
    void exampleIsLaidOutAsThePrinterWritesIt(OperationType type) {
        String path = ProtocolExamples.operationPath(type);

        assertEquals(GoldenJsonPrinter.print(ProtocolExamples.tree(path)), ProtocolExamples.text(path));
    }
}
