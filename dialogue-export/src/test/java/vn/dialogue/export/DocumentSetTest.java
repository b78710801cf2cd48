package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Question;

class DocumentSetTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final DelegateList DELEGATES = SeedParticipants.delegates(PLAN);
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final SeedQuestions.Conclusions CONCLUSIONS = SeedQuestions.conclusions(PLAN);
    private static final Instant STAMP = Instant.parse("2024-11-25T01:00:00Z");

    @TempDir
    Path dir;

    private static DocumentSet set() {
        return DocumentSet.builder(PLAN).delegates(DELEGATES).invitations(SeedParticipants.invitations(DELEGATES))
                .seating(SeedParticipants.seating(PLAN, DELEGATES)).questions(QUESTIONS)
                .conclusions(CONCLUSIONS.conclusions(), CONCLUSIONS.tasks())
                .conclusionNoticeIssuedBy("vp-ubnd", "VP").timestamp(STAMP).formats(EnumSet.of(Format.DOCX))
                .build();
    }

    @Test
    void should_write_every_document_of_the_dialogue_into_the_folder_and_list_them() throws IOException {
        // WHEN the whole set is written as DOCX (and PDF for what is printed, XLSX, ICS and HTML where they belong)
        List<Path> files = set().writeTo(dir.resolve("bo-tai-lieu"));
        // THEN every file is listed, exists, is not empty and lies in the folder
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "ke-hoach.docx", "chuong-trinh.docx", "giay-moi.docx", "lich.ics", "danh-sach-dai-bieu.xlsx",
                "so-do-cho-ngoi.docx", "so-do-cho-ngoi.pdf", "bang-ten.docx", "bang-ten.pdf",
                "tong-hop-y-kien.docx", "tong-hop-y-kien.xlsx", "cong-van-chuyen-y-kien.docx",
                "cong-van-so-ldtbxh.docx", "cong-van-so-nnptnt.docx", "kich-ban-dieu-hanh.docx",
                "thong-bao-nguoi-hoi.docx", "thong-bao-ket-luan.docx", "bao-cao-ket-qua.docx", "hoi-dap.html");
        for (Path f : files) {
            assertThat(f).isRegularFile().startsWith(dir.resolve("bo-tai-lieu").toAbsolutePath());
            assertThat(Files.size(f)).as(f.toString()).isGreaterThan(200);
        }
        try (var listing = Files.list(dir.resolve("bo-tai-lieu"))) {
            assertThat(listing.count()).as("no temporary file left behind").isEqualTo(files.size());
        }
        // the public page of the set keeps the non-consenting askers out
        String html = Files.readString(dir.resolve("bo-tai-lieu/hoi-dap.html"), StandardCharsets.UTF_8);
        for (Asker a : SeedQuestions.NON_CONSENTING) {
            assertThat(html).doesNotContain(a.name());
        }
    }

    @Test
    void should_give_byte_identical_files_for_the_same_input() throws IOException {
        List<Path> first = set().writeTo(dir.resolve("a"));
        List<Path> second = set().writeTo(dir.resolve("b"));
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void should_write_only_what_the_data_allows_and_need_a_timestamp() throws IOException {
        List<Path> files = DocumentSet.builder(PLAN).timestamp(STAMP).formats(EnumSet.of(Format.PDF)).build()
                .writeTo(dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("ke-hoach.pdf", "chuong-trinh.pdf", "giay-moi.pdf", "lich.ics");
        assertThatThrownBy(() -> DocumentSet.builder(PLAN).build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timestamp");
        assertThatThrownBy(() -> DocumentSet.builder(PLAN).formats(EnumSet.noneOf(Format.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentSet.builder(PLAN).timestamp(STAMP).conclusionNoticeIssuedBy("khong-co", "X")
                .build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_file_names_from_data_inside_the_folder() {
        assertThat(DocumentSet.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(DocumentSet.slug("Sở Y tế Đắk Lắk")).isEqualTo("so-y-te-dak-lak");
        assertThat(DocumentSet.slug("..")).isEqualTo("tep");
        assertThat(DocumentSet.slug("C:\\Windows\\x")).isEqualTo("c-windows-x");
        assertThat(DocumentSet.slug("a".repeat(100))).hasSize(60);
    }
}
