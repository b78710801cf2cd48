package vn.dialogue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The boundaries of the lifecycle kernel and of the packages the question package was split into: the storage
 * port knows no domain and no adapter; the kernel knows only the port; the file adapter knows no lifecycle; the
 * question lifecycle knows neither the similarity search, nor the chair's conclusions, nor next year, nor the
 * reading of submission tables; the conclusions and the similarity search do not know each other.
 */
class LifecycleBoundariesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dialogue");

    @Test
    void the_storage_port_depends_on_nothing_of_the_library() {
        classes().that().resideInAPackage("vn.dialogue.store..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.store..", "java..", "org.jspecify..")
                .check(CORE);
    }

    @Test
    void the_kernel_depends_only_on_the_port_and_its_libraries() {
        classes().that().resideInAPackage("vn.dialogue.lifecycle..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.lifecycle..", "vn.dialogue.store..", "java..", "org.jspecify..",
                        "org.slf4j..", "tools.jackson..")
                .check(CORE);
    }

    @Test
    void the_file_adapter_knows_no_lifecycle() {
        noClasses().that().resideInAPackage("vn.dialogue.journal..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.lifecycle..", "vn.dialogue.question..", "vn.dialogue.conclusion..",
                        "vn.dialogue.participant..")
                .check(CORE);
    }

    @Test
    void the_question_lifecycle_knows_neither_similarity_nor_conclusions_nor_next_year() {
        noClasses().that().resideInAPackage("vn.dialogue.question").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.question.similar..", "vn.dialogue.conclusion..", "vn.dialogue.yearly..",
                        "vn.dialogue.intake..")
                .check(CORE);
    }

    @Test
    void conclusions_and_similarity_do_not_know_each_other() {
        noClasses().that().resideInAPackage("vn.dialogue.conclusion..").should().dependOnClassesThat()
                .resideInAPackage("vn.dialogue.question.similar..").check(CORE);
        noClasses().that().resideInAPackage("vn.dialogue.question.similar..").should().dependOnClassesThat()
                .resideInAPackage("vn.dialogue.conclusion..").check(CORE);
    }

    @Test
    void only_the_library_uses_its_internal_package() {
        classes().that().resideInAPackage("vn.dialogue.internal..").should().onlyBeAccessed()
                .byClassesThat().resideInAnyPackage("vn.dialogue.question..", "vn.dialogue.intake..", "vn.dialogue.conclusion..",
                        "vn.dialogue.internal..")
                .check(CORE);
    }
}
