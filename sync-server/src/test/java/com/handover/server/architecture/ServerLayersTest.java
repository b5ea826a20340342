package com.handover.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.store.ReadModel;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's layers: the sync core (push, pull, stores, accounts, photos, reference data, the API) knows
 * nothing of the clocks, the office console or the demo; the clocks know nothing of the console; nothing but
 * the composition root and the console's own benchmarks mounts the console. SQL runs only in stores and
 * read models (see "Where each kind of code lives" in docs/ARCHITECTURE.md), and read models only read.
 */
class ServerLayersTest {

    private static final String[] CORE = {"com.handover.server.sync..", "com.handover.server.store..",
        "com.handover.server.auth..", "com.handover.server.blob..", "com.handover.server.reference..",
        "com.handover.server.web..", "com.handover.server.config..", "com.handover.server.metrics.."};

    private final JavaClasses server = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.handover.server");

    @Test
    void theSyncCoreNeverReachesIntoTheClocksTheConsoleOrTheDemo() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("com.handover.server.clock..",
                        "com.handover.server.office..", "com.handover.server.demo..")
                .check(server);
    }

    @Test
    void theClocksNeverReachIntoTheConsole() {
        noClasses().that().resideInAPackage("com.handover.server.clock..")
                .and().resideOutsideOfPackage("com.handover.server.clock.bench..")
                .should().dependOnClassesThat().resideInAPackage("com.handover.server.office..")
                .check(server);
    }

    /** The packages whose classes are read models: they answer pages, reports and the clocks' questions. */
    static final String[] READ_MODEL_PACKAGES = {"com.handover.server.office.query..", "com.handover.server.clock.."};
    private static final Pattern WRITING_SQL = Pattern.compile("\"[^\"]*\\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER)\\b");

    @Test
    void sqlRunsOnlyInStoresAndReadModels() {
        DescribedPredicate<JavaClass> storeOrReadModel = DescribedPredicate.describe("a store or a read model",
                c -> c.getPackageName().startsWith("com.handover.server.store")
                        || c.getPackageName().contains(".bench")
                        || c.getSimpleName().endsWith("Store") || c.getEnclosingClass().map(e -> e.getSimpleName()
                        .endsWith("Store")).orElse(false)
                        || c.isAnnotatedWith(ReadModel.class)
                        || c.getEnclosingClass().map(e -> e.isAnnotatedWith(ReadModel.class)).orElse(false)
                        || c.getPackageName().startsWith("com.handover.server.office.query")
                        || c.getPackageName().startsWith("com.handover.server.clock"));
        noClasses().that(DescribedPredicate.not(storeOrReadModel))
                .should().dependOnClassesThat().haveFullyQualifiedName("com.handover.server.store.jdbc.Sql")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .check(server);
    }

    @Test
    void readModelsOnlyRead() throws IOException {
        Path root = Path.of("src/main/java/com/handover/server");
        assertTrue(Files.isDirectory(root), "run from the sync-server module: no " + root.toAbsolutePath());
        List<String> writers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                String rel = root.relativize(f).toString().replace('\\', '/');
                boolean readModel = text.contains("\n@ReadModel") || rel.startsWith("office/query/")
                        || rel.startsWith("clock/report/");
                if (readModel && WRITING_SQL.matcher(text).find()) {
                    writers.add(rel);
                }
            }
        }
        assertTrue(Files.isDirectory(root.resolve("office/query")), "no read models found under " + root);
        assertTrue(writers.isEmpty(), "read models that write SQL: " + writers);
    }
}
