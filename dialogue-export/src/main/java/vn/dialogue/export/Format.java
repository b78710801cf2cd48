package vn.dialogue.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import vn.dialogue.export.docx.DocxRenderer;
import vn.dialogue.export.html.HtmlRenderer;
import vn.dialogue.export.layout.LayoutRenderer;
import vn.dialogue.export.pdf.PdfRenderer;

/** The formats a composed document prints to, each with its renderer. */
public enum Format {
    /** Office Open XML word processing, for offices to edit. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** PDF with embedded fonts, for signing, printing and archiving. */
    PDF("pdf", "application/pdf"),
    /** A standalone HTML page, for a web portal. */
    HTML("html", "text/html; charset=utf-8");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The file extension without the dot.
     *
     * @return the file extension without the dot
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The renderer of this format.
     *
     * @return the renderer of this format
     */
    public LayoutRenderer renderer() {
        switch (this) {
            case DOCX:
                return DocxRenderer.create();
            case PDF:
                return PdfRenderer.create();
            default:
                return HtmlRenderer.create();
        }
    }

    /**
     * The format named by the extension of {@code file}.
     *
     * @param file a file whose name ends with {@code .docx}, {@code .pdf} or {@code .html}
     * @return the format named by the extension of {@code file}
     * @throws IllegalArgumentException if the extension is not docx, pdf, html or htm
     */
    public static Format ofFile(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        switch (ext) {
            case "docx":
                return DOCX;
            case "pdf":
                return PDF;
            case "html":
            case "htm":
                return HTML;
            default:
                throw new IllegalArgumentException("cannot tell the format of " + file
                        + ": the name must end in .docx, .pdf or .html");
        }
    }
}
