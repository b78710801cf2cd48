package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * File names derived from data cannot leave the output folder or be refused by a file system: whatever text an id
 * holds (path traversal, absolute paths, separators of either kind, drive letters, Windows device names in any case
 * with any extension, trailing dots and spaces, control characters, Vietnamese with marks, very long text),
 * {@link FileNames#slug} gives a portable name part, and {@link FileNames#check} refuses every whole name that is not
 * a single portable file name. Prints what was tried.
 */
class FileNamesStayInTheFolderPropertyTest {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final List<String> RESERVED = List.of("CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9",
            "com0", "lpt0", "Com\u00b9", "conin$", "CONOUT$");

    @BeforeContainer
    static void start() {
        COUNTS.clear();
    }

    @AfterContainer
    static void report() throws IOException {
        StringBuilder s = new StringBuilder("File names from user text:\n");
        new TreeMap<>(COUNTS).forEach((k, v) -> s.append(String.format("  %-44s %7d%n", k, v.sum())));
        System.out.print(s);
        Path out = Path.of("target", "reliability");
        Files.createDirectories(out);
        Files.writeString(out.resolve("file-names.txt"), s.toString());
    }

    private static void count(String what) {
        COUNTS.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("../", "..\\", "/", "\\", "/etc/passwd", "C:\\Windows\\", "c:", "\\\\server\\share\\",
                        "..", ".", " ", "  ", ".", "...", "\u0000", "\n", "\t", "\u001f", ":", "*", "?", "\"", "<",
                        ">", "|", "~", "$", "%2e%2e%2f", "\u2215", "\uff0f", "\u202e"),
                Combinators.combine(Arbitraries.of(RESERVED), Arbitraries.of(true, false))
                        .as((r, lower) -> lower ? r.toLowerCase(Locale.ROOT) : r),
                Arbitraries.of(".pdf", ".txt", ".docx", ".", ". ", ""),
                Arbitraries.of("Sở Y tế", "Đăk Hà", "Ủy ban nhân dân", "Người hỏi", "đ", "Ð"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(400));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void a_slug_is_always_a_portable_name_inside_the_folder(@ForAll("hostile") String text) {
        // WHEN user text becomes a name part
        String slug = FileNames.slug(text);

        // THEN it is lower-case ASCII letters, digits and single dashes, short, and no device name
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(FileNames.MAX_SLUG + 4);
        assertThat(FileNames.isReserved(slug)).isFalse();
        // AND every name the set builds from it is accepted, and resolves directly inside the folder
        Path dir = Path.of("/tmp/out").toAbsolutePath().normalize();
        for (String name : List.of(slug, slug + ".pdf", DocumentKind.ROUTING_LETTERS.fileName() + slug + ".docx")) {
            assertThat(FileNames.check(name)).isEqualTo(name);
            assertThat(dir.resolve(name).normalize().getParent()).isEqualTo(dir);
        }
        count("slugs made");
        if (text.contains("..") || text.contains("/") || text.contains("\\")) {
            count("slugs from text with .. or a separator");
        }
        if (RESERVED.stream().anyMatch(r -> text.toLowerCase(Locale.ROOT).contains(r.toLowerCase(Locale.ROOT)))) {
            count("slugs from text holding a device name");
        }
        if (slug.endsWith("-tep") && FileNames.isReserved(slug.substring(0, slug.length() - 4))) {
            count("device names renamed");
        }
    }

    @Property(tries = 3000)
    void a_whole_name_is_refused_unless_it_is_one_portable_file_name(@ForAll("hostile") String name) {
        Path dir = Path.of("/tmp/out").toAbsolutePath().normalize();
        String checked;
        try {
            checked = FileNames.check(name);
        } catch (IllegalArgumentException refused) {
            // THEN a refusal says which name and why, with no raw control character
            assertThat(refused.getMessage()).startsWith("file name '").contains("cannot be written: ")
                    .doesNotContainPattern("\\p{Cntrl}");
            count("whole names refused");
            return;
        }
        // THEN an accepted name is one file name inside the folder, no device, no trailing dot or space
        assertThat(checked).isEqualTo(name).doesNotContain("/").doesNotContain("\\").doesNotContain(":")
                .isNotIn(".", "..").doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(FileNames.isReserved(name)).isFalse();
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_NAME_BYTES);
        try {
            assertThat(dir.resolve(name).normalize().getParent()).isEqualTo(dir);
        } catch (InvalidPathException e) {
            throw new AssertionError("an accepted name is not a path: " + name, e);
        }
        count("whole names accepted");
    }

    @Test
    void should_refuse_each_kind_of_unsafe_name_with_its_reason() {
        Map<String, String> cases = Map.of(
                "../ke-hoach.pdf", "path separator",
                "/etc/passwd", "path separator",
                "a\\b.pdf", "path separator",
                "C:ke-hoach.pdf", "colon",
                "..", "folder",
                "ke-hoach.", "ends with a dot",
                "ke-hoach ", "ends with a dot or a space",
                "nul.pdf", "device",
                "Com1.tar.gz", "device",
                "x".repeat(256), "longer than 255");
        cases.forEach((name, why) -> assertThatThrownBy(() -> FileNames.check(name))
                .as(name).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why));
        assertThat(FileNames.check("cong-van-so-yte.pdf")).isEqualTo("cong-van-so-yte.pdf");
        assertThat(FileNames.check("console.pdf")).isEqualTo("console.pdf");
        assertThat(FileNames.slug("CON")).isEqualTo("con-tep");
        assertThat(FileNames.slug("lpt9.pdf")).isEqualTo("lpt9-pdf");
        assertThat(FileNames.slug("../../Sở Y tế")).isEqualTo("so-y-te");
        assertThat(FileNames.slug("///")).isEqualTo("tep");
    }
}
