package vn.dialogue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar stands alone, deadlines know only the calendar, and only the timeline knows plans. */
class CalendarDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dialogue");

    @Test
    void calendar_imports_only_the_text_kernel() {
        noClasses().that().resideInAPackage("vn.dialogue.calendar..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.deadline..", "vn.dialogue.timeline..", "vn.dialogue.plan..",
                        "vn.dialogue.check..", "vn.dialogue.planfile..", "vn.dialogue.organisation..",
                        "vn.dialogue.venue..", "vn.dialogue.actor..")
                .check(CORE);
    }

    @Test
    void deadline_rules_know_nothing_of_plans_checks_or_files() {
        noClasses().that().resideInAPackage("vn.dialogue.deadline..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.timeline..", "vn.dialogue.plan..", "vn.dialogue.check..",
                        "vn.dialogue.planfile..", "tools.jackson..")
                .check(CORE);
    }

    @Test
    void nothing_in_core_depends_on_the_timeline() {
        noClasses().that().resideOutsideOfPackage("vn.dialogue.timeline..").should().dependOnClassesThat()
                .resideInAPackage("vn.dialogue.timeline..").check(CORE);
    }
}
