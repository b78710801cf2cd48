package vn.dialogue.export.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.dialogue.export.Documents;
import vn.dialogue.export.Format;
import vn.dialogue.export.layout.LayoutDocument;

/** Renders documents and reads them back: POI for DOCX, PDFBox for PDF. */
public final class Outputs {

    private Outputs() {
    }

    /** A renderer call that may fail with an I/O error. */
    public interface Rendering {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    public static byte[] bytes(Rendering r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.to(out);
        return out.toByteArray();
    }

    public static byte[] render(LayoutDocument doc, Format format) throws IOException {
        return bytes(out -> Documents.render(doc, format, out));
    }

    public static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The non-blank paragraph texts of the body, in order (tables excluded). */
    public static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (!p.getText().isBlank()) {
                out.add(p.getText());
            }
        }
        return out;
    }

    public static PDDocument pdf(byte[] bytes) throws IOException {
        return Loader.loadPDF(bytes);
    }

    /** The extracted text of every page, each line trimmed, runs of white space as one space. */
    public static List<String> pdfLines(byte[] bytes) throws IOException {
        try (PDDocument doc = pdf(bytes)) {
            List<String> lines = new ArrayList<>();
            for (String l : new PDFTextStripper().getText(doc).split("\\R")) {
                if (!l.isBlank()) {
                    lines.add(l.trim().replaceAll("\\s+", " "));
                }
            }
            return lines;
        }
    }

    /** The lines of the file's text read in page position order (a table row on one line), each trimmed. */
    public static List<String> pdfLinesByPosition(byte[] bytes) throws IOException {
        try (PDDocument doc = pdf(bytes)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            List<String> lines = new ArrayList<>();
            for (String l : s.getText(doc).split("\\R")) {
                if (!l.isBlank()) {
                    lines.add(l.trim().replaceAll("\\s+", " "));
                }
            }
            return lines;
        }
    }

    /** The extracted text of one page (from 1), whitespace collapsed. */
    public static String pdfPage(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc).replaceAll("\\s+", " ").trim();
    }

    /** The extracted text of the whole file, whitespace collapsed. */
    public static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument doc = pdf(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").trim();
        }
    }
}
