package vn.dialogue.export.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import vn.dialogue.export.layout.Figure;

/**
 * A {@link Figure} as a standalone SVG file (the same markup the HTML pages inline), for a chart written on its own
 * ({@code dialogue timeline --chart FILE}). Stateless and thread-safe.
 */
public final class Svg {

    private Svg() {
    }

    /**
     * The figure's picture as an SVG document, UTF-8, well-formed XML.
     *
     * @param figure the figure; its caption is not drawn, its description is the SVG's title
     * @return the SVG document
     */
    public static String of(Figure figure) {
        Objects.requireNonNull(figure, "figure");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + HtmlFigure.svg(figure, "figure") + "\n";
    }

    /**
     * Writes the figure's SVG into {@code file}, replacing it; a failed write leaves no half-written file.
     *
     * @param figure the figure
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public static void write(Figure figure, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".dialogue-", ".part");
        try {
            Files.writeString(tmp, of(figure), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
