package vn.dialogue.question;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The question lifecycle builds on the plan, calendar, deadlines and the journal, and on nothing that renders. */
class QuestionDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dialogue");

    @Test
    void question_depends_only_on_the_domain_kernel_the_journal_and_its_libraries() {
        classes().that().resideInAPackage("vn.dialogue.question..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.question..", "vn.dialogue.journal..", "vn.dialogue.store..", "vn.dialogue.lifecycle..",
                        "vn.dialogue.internal..", "vn.dialogue.plan..",
                        "vn.dialogue.organisation..", "vn.dialogue.actor..", "vn.dialogue.text..",
                        "vn.dialogue.calendar..", "vn.dialogue.deadline..", "vn.dialogue.check..", "java..",
                        "tools.jackson..",
                        "com.fasterxml.jackson.annotation..", "org.slf4j..", "org.jspecify..")
                .check(CORE);
    }
}
