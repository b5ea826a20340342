package com.handover.mobile.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app's layers: view models free of the scene graph, HTTP and Gluon each behind their one package, Java 2D only in
 * the desktop's photo codec.
 */
class MobileLayersTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.handover.mobile");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(APP);
    }

    @Test
    void okHttpIsUsedOnlyInTheHttpClient() {
        noClasses().that().resideOutsideOfPackage("com.handover.mobile.sync.http..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(APP);
    }

    @Test
    void gluonAttachIsUsedOnlyBehindThePlatformSeam() {
        noClasses().that().resideOutsideOfPackage("com.handover.mobile.platform.attach..")
                .should().dependOnClassesThat().resideInAPackage("com.gluonhq..")
                .check(APP);
    }

    @Test
    void onlyTheDesktopPhotoCodecUsesJava2dWhichPhonesLack() {
        noClasses().that().doNotHaveSimpleName("AwtImageCodec")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
                .check(APP);
    }

    @Test
    void thePlatformSeamKnowsNoneOfItsImplementations() {
        noClasses().that().resideInAPackage("com.handover.mobile.platform")
                .should().dependOnClassesThat().resideInAnyPackage("com.handover.mobile.platform.attach..",
                        "com.handover.mobile.platform.desktop..")
                .check(APP);
        slices().matching("com.handover.mobile.platform.(**)").should().beFreeOfCycles().check(APP);
    }
}
