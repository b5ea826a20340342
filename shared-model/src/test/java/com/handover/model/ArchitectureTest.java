package com.handover.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays pure: no I/O libraries, and Jackson only in the json package. */
class ArchitectureTest {

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.handover.model");

    @Test
    void theModelUsesNoDatabaseNetworkOrUserInterface() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.sql..", "java.net.http..", "okhttp3..", "io.javalin..", "javafx..", "com.gluonhq..")
                .check(model);
    }

    @Test
    void onlyTheJsonPackageImportsJackson() {
        noClasses().that().resideOutsideOfPackage("com.handover.model.json..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(model);
    }
}
