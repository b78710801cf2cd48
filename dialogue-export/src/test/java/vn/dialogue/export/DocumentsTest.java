package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.export.testing.Samples;

class DocumentsTest {

    @TempDir
    Path dir;

    @Test
    void should_pick_the_format_from_the_file_name() throws IOException {
        for (Format f : Format.values()) {
            Path file = dir.resolve("ke-hoach." + f.extension());
            Documents.write(Samples.everyBlock(Samples.BODY), file);
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1);
            switch (f) {
                case PDF:
                    assertThat(head).isEqualTo("%PDF-");
                    break;
                case DOCX:
                    assertThat(head).startsWith("PK");
                    break;
                default:
                    assertThat(head).isEqualTo("<!DOC");
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.html");
        }
    }

    @Test
    void should_refuse_an_unknown_extension() {
        assertThatThrownBy(() -> Documents.write(Samples.everyBlock(Samples.BODY), dir.resolve("ke-hoach.odt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".docx, .pdf or .html");
    }
}
