package com.handover.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The server's layers: the sync core (push, pull, stores, accounts, photos, reference data, the API) knows
 * nothing of the clocks, the office console or the demo; the clocks know nothing of the console; nothing but
 * the composition root and the console's own benchmarks mounts the console.
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
}
