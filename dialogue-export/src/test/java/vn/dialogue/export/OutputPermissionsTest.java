package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.plan.Plan;

/**
 * Every file written gets the permissions of a new file of the process (its umask), the same for all: none is left
 * readable by its owner alone because it was written through a temporary file.
 */
class OutputPermissionsTest {

    @TempDir
    Path dir;

    private Set<PosixFilePermission> asANewFile() throws IOException {
        Path plain = dir.resolve("plain.txt");
        try (OutputStream o = Files.newOutputStream(plain)) {
            o.write('x');
        }
        return Files.getPosixFilePermissions(plain);
    }

    @Test
    void should_give_every_document_of_a_set_the_permissions_of_a_new_file() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
        Set<PosixFilePermission> expected = asANewFile();
        Plan plan = SeedParticipants.plan();
        DelegateList delegates = SeedParticipants.delegates(plan);
        SeedQuestions.Conclusions conclusions = SeedQuestions.conclusions(plan);
        List<Path> files = DocumentSet.builder(plan).delegates(delegates)
                .invitations(SeedParticipants.invitations(delegates)).seating(SeedParticipants.seating(plan, delegates))
                .questions(SeedQuestions.questions(plan)).conclusions(conclusions.conclusions(), conclusions.tasks())
                .timestamp(Instant.parse("2024-11-25T01:00:00Z")).formats(EnumSet.of(Format.DOCX, Format.PDF))
                .build().writeTo(dir.resolve("bo"));
        Path single = dir.resolve("mot.pdf");
        Documents.write(Samples.everyBlock(Samples.BODY), single);
        assertThat(files).hasSizeGreaterThan(5);
        // the process's umask gives the owner at least read and write
        assertThat(expected).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        for (Path f : files) {
            assertThat(Files.getPosixFilePermissions(f)).as(f.getFileName().toString()).isEqualTo(expected);
        }
        assertThat(Files.getPosixFilePermissions(single)).isEqualTo(expected);
        // and no temporary file is left behind
        try (var left = Files.list(dir.resolve("bo"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
