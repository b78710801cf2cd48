package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.calendar.NoticeFormatException;
import vn.dialogue.calendar.OfficialNotices;
import vn.dialogue.text.Bilingual;

/** Every YAML file the library reads besides plan files refuses what plan files refuse, at its line (issue 19). */
class HostileYamlFilesTest {

    static final Bilingual KIND = Bilingual.of("tệp thử", "test file");

    static final String NOTICE = """
            notices:
              - reference: "Công văn 1/UBND"
                issuer: "UBND tỉnh"
                source: "tỉnh"
            """;

    /** Each hostile text, with the line its problem must be reported on, and a word of its English message. */
    static final List<Object[]> HOSTILE = List.of(
            new Object[] {NOTICE + "---\nnotices: []\n", 6, "holds one document"},
            new Object[] {"a: &x b\nc: *x\n", 2, "alias"},
            new Object[] {"a: !!binary aGVsbG8=\n", 1, "!!binary"},
            new Object[] {"a: !custom b\n", 1, "!custom"},
            new Object[] {"a: b\nc: d\na: e\n", 3, "duplicate field 'a'"},
            new Object[] {"a: \"x\\0y\"\n", 1, "U+0000"},
            new Object[] {"a: x\u0007y\n", 1, "U+0007"},
            new Object[] {"a: \"\\uD800\"\n", 1, "surrogate"},
            new Object[] {"a: " + "{b: ".repeat(60) + "1" + "}".repeat(60) + "\n", 1, "nest"},
            new Object[] {"a: \"" + "x".repeat(PlanFiles.MAX_STRING_CHARS + 1) + "\"\n", 1, "characters long"},
            // an unclosed bracket is named where it opens (YamlSyntax), not where the parser gave up
            new Object[] {"a: [b\nc: d\n", 1, "/"});

    @Test
    void theSharedReaderRefusesEachAtItsLineVietnameseFirst() {
        for (Object[] c : HOSTILE) {
            Throwable t = catchThrowable(() -> YamlFiles.check("x.yaml", (String) c[0], KIND));
            assertThat(t).as((String) c[0]).isInstanceOf(PlanFileException.class);
            Problem p = ((PlanFileException) t).problems().get(0);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.line()).as((String) c[2]).isEqualTo((int) (Integer) c[1]);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).as((String) c[0]).contains((String) c[2]).contains(" / ");
            String vi = p.message().substring(0, p.message().indexOf(" / "));
            assertThat(vi).as("Vietnamese first").matches(".*[àáảãạăâđêôơưíìịóòọúùụếềệốồộớờợứừự].*");
            assertThat(p.message()).doesNotContain("Exception").doesNotContain("tools.jackson")
                    .doesNotContain("plan file");
        }
    }

    @Test
    void emptyAndNonUtf8FilesAreRefusedByName() {
        assertThat(catchThrowable(() -> YamlFiles.text("e.yaml", "  \n# only a comment? no: blank\n".substring(0, 3), KIND)))
                .hasMessageContaining("e.yaml: tệp trống / the file is empty");
        assertThat(catchThrowable(() -> YamlFiles.text("w.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, 'x'}, KIND)))
                .hasMessageContaining("w.yaml: tệp không phải văn bản UTF-8 (byte thứ 4");
    }

    @Test
    void noticeFilesGoThroughIt() {
        for (Object[] c : HOSTILE) {
            String text = ((String) c[0]).startsWith("notices") ? (String) c[0] : NOTICE + "  - " + ((String) c[0])
                    .replace("\n", "\n    ");
            Throwable t = catchThrowable(() -> OfficialNotices.parse(text, "tinh.yaml"));
            assertThat(t).as(text).isInstanceOf(NoticeFormatException.class);
            NoticeFormatException e = (NoticeFormatException) t;
            assertThat(e.line()).as(text).isPositive();
            assertThat(e.getMessage()).startsWith("tinh.yaml line ").doesNotContain("Exception");
        }
        assertThat(catchThrowable(() -> OfficialNotices.parse("", "e.yaml"))).isInstanceOf(NoticeFormatException.class)
                .hasMessageContaining("tệp trống");
    }

    private static void sparse(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
    }

    @Test
    void aSparseFileOfThreeGigabytesIsRefusedBeforeItIsReadByEveryPathReader(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        sparse(big);
        Consumer<Throwable> tooLarge = t -> assertThat(t).hasMessageContaining("3221225472 bytes, the limit is 16777216");
        tooLarge.accept(catchThrowable(() -> PlanFiles.read(big)));
        tooLarge.accept(catchThrowable(() -> YearlyFiles.readRemapping(big)));
        tooLarge.accept(catchThrowable(() -> YearlyFiles.readCarryOvers(big)));
        assertThat(catchThrowable(() -> OfficialNotices.read(big))).isInstanceOf(NoticeFormatException.class)
                .hasMessageContaining("tệp quá lớn (3221225472 byte");
        assertThat(catchThrowable(() -> YamlFiles.read(big, KIND))).isInstanceOf(PlanFileException.class);
    }

    @Test
    void aMissingFileIsSaidInPlainWords(@TempDir Path dir) {
        assertThat(catchThrowable(() -> YamlFiles.read(dir.resolve("none.yaml"), KIND)))
                .isInstanceOf(UncheckedIOException.class).hasMessageEndingWith("the file does not exist");
        assertThat(catchThrowable(() -> PlanFiles.read(dir))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("this is a folder");
    }

    @Test
    void mappingFilesRefuseWhatPlanFilesRefuse(@TempDir Path dir) throws IOException {
        for (String bad : new String[] {"place: &p Huế\nunits:\n  a: *p\n", "place: !!binary SHXhur8=\n",
                "place: Huế\nplace: Vinh\n", "place: \"Hu\\0ế\"\n", "place: Huế\n---\nplace: Vinh\n", ""}) {
            Path file = dir.resolve("m.yaml");
            Files.writeString(file, bad, StandardCharsets.UTF_8);
            Throwable t = catchThrowable(() -> YearlyFiles.readRemapping(file));
            assertThat(t).as(bad).isInstanceOf(PlanFileException.class);
            assertThat(((PlanFileException) t).problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
            if (!bad.isEmpty()) {
                assertThat(((PlanFileException) t).problems().get(0).line()).as(bad).isPositive();
            }
        }
    }
}
