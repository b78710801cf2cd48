package vn.dialogue.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The serif the documents are printed in: Liberation Serif 2.1 (SIL Open Font License 1.1), metric
 * compatible with Times New Roman and covering Vietnamese, read from the
 * {@code jasperreports-fonts-liberation} artifact. DOCX names "Times New Roman" and uses these
 * metrics only to size rules; PDF embeds subsets of these files.
 */
public final class Fonts {

    /** The font family name DOCX and HTML ask for: the standard font of Nghị định 30/2020. */
    public static final String FAMILY = "Times New Roman";

    private static final String DIR = "com/mpobjects/jasperreports/fonts/liberation/";

    /** The four faces of the serif. */
    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;
        private volatile byte @org.jspecify.annotations.Nullable [] bytes;

        Face(String file) {
            this.file = file;
        }

        /** The face for the given emphasis. */
        public static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }

        /** The file name inside the font artifact. */
        public String fileName() {
            return file;
        }

        /** The TrueType file; the array is shared, callers must not change it. */
        public byte[] bytes() {
            byte[] b = bytes;
            if (b == null) {
                b = load(file);
                bytes = b;
            }
            return b;
        }
    }

    private Fonts() {
    }

    /**
     * A new, uncached OpenPDF font for {@code face} with Identity-H encoding, embedded. Each
     * document gets its own instance so that its subset holds only the glyphs it uses.
     */
    public static BaseFont pdfFont(Face face) {
        try {
            return BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.bytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.fileName(), e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load font " + face.fileName(), e);
        }
    }

    /** The AWT faces, created once: AWT fonts are immutable and shared. */
    private static final java.util.Map<Face, java.awt.Font> AWT = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The face as an AWT font of {@code size} points, for figures drawn through Java 2D (charts, seating maps): the
     * same Liberation Serif the PDF embeds, so text measures and prints alike in PDF, SVG and PNG.
     */
    public static java.awt.Font awt(Face face, float size) {
        java.awt.Font base = AWT.computeIfAbsent(face, f -> {
            try {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(f.bytes()));
            } catch (java.awt.FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load font " + f.fileName() + " for drawing", e);
            }
        });
        return base.deriveFont(size);
    }

    /** As {@link #awt(Face, float)} for the given emphasis. */
    public static java.awt.Font awt(boolean bold, boolean italic, float size) {
        return awt(Face.of(bold, italic), size);
    }

    /** The face an AWT font of {@link #awt} is, from its face name; REGULAR for any other font. */
    public static Face faceOf(java.awt.Font font) {
        String name = font.getFontName(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
        boolean bold = name.contains("bold") || font.isBold();
        boolean italic = name.contains("italic") || font.isItalic();
        return Face.of(bold, italic);
    }

    private static byte[] load(String file) {
        ClassLoader loader = Fonts.class.getClassLoader();
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(DIR + file)
                : loader.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIR + file + " is not on the class path: add "
                        + "com.mpobjects.jasperreports.font:jasperreports-fonts-liberation");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
