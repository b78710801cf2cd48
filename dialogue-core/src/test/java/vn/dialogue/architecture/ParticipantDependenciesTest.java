package vn.dialogue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Participants build on plans; seating builds on participants; neither knows plan files or Jackson, except the
 * invitation journal's codec ({@code InvitationJson}), which spells invitation events as JSON lines.
 */
class ParticipantDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dialogue");

    @Test
    void participants_know_nothing_of_seating_files_or_timelines() {
        noClasses().that().resideInAPackage("vn.dialogue.participant..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.seating..", "vn.dialogue.planfile..", "vn.dialogue.timeline..",
                        "vn.dialogue.yearly..")
                .check(CORE);
    }

    @Test
    void only_the_invitation_journal_codec_knows_jackson() {
        noClasses().that().resideInAPackage("vn.dialogue.participant..")
                .and().doNotHaveFullyQualifiedName("vn.dialogue.participant.InvitationJson")
                .and().doNotHaveFullyQualifiedName("vn.dialogue.participant.InvitationJson$Typed")
                .and().doNotHaveFullyQualifiedName("vn.dialogue.participant.InvitationJson$Kinded")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(CORE);
    }

    @Test
    void seating_knows_nothing_of_files() {
        noClasses().that().resideInAPackage("vn.dialogue.seating..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.dialogue.planfile..", "tools.jackson..").check(CORE);
    }

    @Test
    void nothing_else_in_core_depends_on_participants_or_seating() {
        noClasses().that().resideOutsideOfPackages("vn.dialogue.participant..", "vn.dialogue.seating..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.dialogue.participant..",
                        "vn.dialogue.seating..")
                .check(CORE);
    }
}
