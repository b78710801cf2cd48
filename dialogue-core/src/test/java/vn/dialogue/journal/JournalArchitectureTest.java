package vn.dialogue.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The journal is generic: it knows no domain package, so participants and questions can both use it. */
class JournalArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dialogue");

    @Test
    void journal_imports_no_domain_package() {
        noClasses().that().resideInAPackage("vn.dialogue.journal..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.question..", "vn.dialogue.plan..", "vn.dialogue.actor..",
                        "vn.dialogue.organisation..", "vn.dialogue.calendar..", "vn.dialogue.deadline..")
                .check(CORE);
    }
}
