package com.handover.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rule packages (checklist, warranty, sla) are pure: no Jackson (only the json package reads and writes
 * them), no I/O, UI or database APIs, and no dependency on the json package, so json can depend on them.
 */
class RulesArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.handover.model");

    private static final String[] RULE_PACKAGES = {
            "com.handover.model.checklist..", "com.handover.model.warranty..", "com.handover.model.sla.."};

    @Test
    void rulePackagesDoNotUseJacksonOrTheJsonPackage() {
        noClasses().that().resideInAnyPackage(RULE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "com.handover.model.json..")
                .check(CLASSES);
    }

    @Test
    void rulePackagesDoNoIoAndHaveNoUiOrDatabase() {
        noClasses().that().resideInAnyPackage(RULE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..",
                        "javafx..", "com.gluonhq..", "io.javalin..", "okhttp3..")
                .check(CLASSES);
    }

    @Test
    void rulesDoNotReadTheClock() {
        noClasses().that().resideInAnyPackage(RULE_PACKAGES)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }
}
