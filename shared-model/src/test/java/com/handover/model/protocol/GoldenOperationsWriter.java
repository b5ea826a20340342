package com.handover.model.protocol;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites {@code src/test/resources/protocol/operations/} from {@link GoldenOperations} after a deliberate
 * change to the wire form. Run it from the shared-model directory with the test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:<jackson jars> com.handover.model.protocol.GoldenOperationsWriter};
 * then review the diff, and update the copies in docs/PROTOCOL.md that the document test points at.
 */
public final class GoldenOperationsWriter {

    private GoldenOperationsWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/protocol/operations");
        Files.createDirectories(dir);
        OperationCodec codec = new OperationCodec();
        for (Operation op : GoldenOperations.all().values()) {
            Path file = dir.resolve(op.type().wireName() + ".json");
            Files.writeString(file, GoldenJsonPrinter.print(codec.toTree(op)), StandardCharsets.UTF_8);
        }
    }
}
