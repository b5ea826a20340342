package com.handover.model.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidOperationExamplesTest {

    private static final String INDEX_FILE = "index.json";

    @Test
    void indexNamesEveryInvalidExampleAndNothingElse() {
        var indexed = new TreeSet<String>();
        ProtocolExamples.tree(ProtocolExamples.INVALID_INDEX).fieldNames().forEachRemaining(indexed::add);
        var files = new TreeSet<>(GoldenFileDirectory.fileNames("invalid"));
        files.remove(INDEX_FILE);

        assertEquals(files, indexed);
    }

    @Test
    void theExamplesCoverEachWayOfBeingRefused() {
        var codes = new TreeSet<String>();
        ProtocolExamples.tree(ProtocolExamples.INVALID_INDEX).forEach(e -> codes.add(e.get("code").textValue()));

        var all = new TreeSet<String>();
        for (var code : OperationFormatException.Code.values()) {
            all.add(code.name());
        }
        assertEquals(all, codes);
    }

    static Stream<Arguments> examples() {
        List<Arguments> args = new ArrayList<>();
        ProtocolExamples.tree(ProtocolExamples.INVALID_INDEX).fields().forEachRemaining(e -> {
            JsonNode expected = e.getValue();
            args.add(Arguments.of(e.getKey(),
                    OperationFormatException.Code.valueOf(expected.get("code").textValue()),
                    expected.get("messageContains").textValue()));
        });
        return args.stream();
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @MethodSource("examples")
    void exampleIsRefusedWithItsCodeAndAMessageNamingTheProblem(String file, OperationFormatException.Code code,
                                                                String messageContains) {
        String json = ProtocolExamples.text("invalid/" + file);

        var e = assertThrows(OperationFormatException.class, () -> new OperationCodec().fromJson(json));

        assertEquals(code, e.code(), e.getMessage());
        assertFalse(messageContains.isBlank());
        assertTrue(e.getMessage().contains(messageContains),
                "message '" + e.getMessage() + "' should contain '" + messageContains + "'");
    }
}
