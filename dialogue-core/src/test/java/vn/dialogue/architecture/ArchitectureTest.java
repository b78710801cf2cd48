package vn.dialogue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import org.junit.jupiter.api.Test;

/** Guards the direction of dependencies inside core. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dialogue");

    @Test
    void core_knows_nothing_of_rendering_or_logging_bindings() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.dialogue.export..", "org.apache.poi..",
                "com.lowagie..", "org.openpdf..", "org.apache.pdfbox..", "net.fortuna..", "org.slf4j.simple..",
                "ch.qos.logback..").check(CORE);
    }

    @Test
    void text_kernel_imports_no_other_package_of_the_library() {
        noClasses().that().resideInAPackage("vn.dialogue.text..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.plan..", "vn.dialogue.check..", "vn.dialogue.organisation..",
                        "vn.dialogue.planfile..", "vn.dialogue.venue..", "vn.dialogue.actor..")
                .check(CORE);
    }

    @Test
    void domain_packages_do_not_depend_on_the_plan_file_format() {
        noClasses().that().resideInAnyPackage("vn.dialogue.plan..", "vn.dialogue.organisation..",
                "vn.dialogue.venue..", "vn.dialogue.text..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.planfile..", "tools.jackson..").check(CORE);
    }

    @Test
    void packages_are_free_of_cycles() {
        SlicesRuleDefinition.slices().matching("vn.dialogue.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
