package vn.dialogue.export.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.planfile.PlanFileException;
import vn.dialogue.planfile.Problem;

/** Wording files go through the hardened YAML reading of every YAML file (issue 19). */
class HostileWordingFilesTest {

    private static Problem refused(String yaml) {
        Throwable t = catchThrowable(() -> Wording.vietnamese().overriddenBy(new StringReader(yaml), "tinh.yaml"));
        assertThat(t).as(yaml).isInstanceOf(PlanFileException.class);
        Problem p = ((PlanFileException) t).problems().get(0);
        assertThat(p.file()).isEqualTo("tinh.yaml");
        assertThat(p.message()).contains(" / ").doesNotContain("NullPointerException").doesNotContain("Exception");
        return p;
    }

    @Test
    void twoDocumentsAreRefusedAtTheSecondNotWithANullPointer() {
        Problem p = refused("footer:\n  recipients: a\n---\nfooter:\n  recipients: b\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).startsWith("tệp từ ngữ chỉ chứa một tài liệu YAML")
                .contains("a wording file holds one document");
    }

    @Test
    void aliasesTagsDuplicatesControlsAndEmptyFilesAreRefused() {
        assertThat(refused("footer:\n  recipients: &r a\n  archive: *r\n").line()).isEqualTo(3);
        assertThat(refused("footer:\n  recipients: !!binary YQ==\n").message()).contains("!!binary");
        assertThat(refused("footer:\n  recipients: !x a\n").message()).contains("'!x'");
        assertThat(refused("footer:\n  recipients: a\n  recipients: b\n").message())
                .contains("duplicate field 'recipients'");
        assertThat(refused("footer:\n  recipients: \"a\\0\"\n").message()).contains("U+0000");
        assertThat(refused("footer:\n  recipients: \"\\uDC00\"\n").message()).contains("surrogate");
        assertThat(refused("").message()).isEqualTo("tệp trống / the file is empty");
    }

    @Test
    void aSparseFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("w.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThat(catchThrowable(() -> Wording.vietnamese().overriddenBy(big))).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("tệp quá lớn (3221225472 byte, tối đa 16777216)");
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, "footer:\n  recipients: \"Nơi nhận (tỉnh):\"\n");
        assertThat(Wording.vietnamese().overriddenBy(ok).text("footer.recipients")).isEqualTo("Nơi nhận (tỉnh):");
    }
}
