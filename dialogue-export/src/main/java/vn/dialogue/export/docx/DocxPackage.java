package vn.dialogue.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.ZipTimestamps;

/**
 * The zip package of a DOCX: the parts that never change (content types, relationships, settings,
 * styles, the page-number header) compressed once when the class loads, and the parts of one
 * document (core properties, body) compressed as they come. Every entry carries the document's
 * timestamp, so the same document gives the same bytes. Immutable parts, thread-safe.
 */
final class DocxPackage {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /**
     * Deflate level of the parts: the fastest. The body of a long merged document is highly repetitive
     * markup, which the fastest level still shrinks by about 95 %; the default level costs several
     * times the CPU for a few per cent.
     */
    static final int LEVEL = Deflater.BEST_SPEED;

    /** The relationship ids of the two headers in the body's section properties. */
    static final String FIRST_HEADER_ID = "rId3";
    static final String DEFAULT_HEADER_ID = "rId4";

    private static final Part ROOT_RELS = Part.of("_rels/.rels", XML_DECL
            + "<Relationships xmlns=\"" + PKG_REL + "\">"
            + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"" + REL + "/officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "/extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" "
            + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
            + "</Relationships>");
    private static final Part APP = Part.of("docProps/app.xml", XML_DECL
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>dialogue</Application></Properties>");
    /**
     * The settings Word writes for a Vietnamese document: 100 % zoom, the default tab stop, Word 2013 layout
     * (compatibility mode 15), Vietnamese as the language of the theme fonts, the decimal comma and the semicolon
     * as list separator of Vietnamese locales.
     */
    private static final Part SETTINGS = Part.of("word/settings.xml", XML_DECL
            + "<w:settings xmlns:w=\"" + W + "\">"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
            + " w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"vi-VN\"/>"
            + "<w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>"
            + "</w:settings>");
    /** The language of every run: Vietnamese, so that word processors check the spelling in Vietnamese. */
    static final String LANGUAGE = "vi-VN";
    private static final Part STYLES = Part.of("word/styles.xml", XML_DECL
            + "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"" + Fonts.FAMILY + "\" w:hAnsi=\"" + Fonts.FAMILY + "\" w:cs=\"" + Fonts.FAMILY
            + "\" w:eastAsia=\"" + Fonts.FAMILY + "\"/><w:lang w:val=\"" + LANGUAGE + "\" w:eastAsia=\"" + LANGUAGE
            + "\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault>"
            + "</w:docDefaults></w:styles>");
    /** The first page's header: empty (no page number on page 1). */
    private static final Part FIRST_HEADER = Part.of("word/header1.xml", XML_DECL
            + "<w:hdr xmlns:w=\"" + W + "\"><w:p/></w:hdr>");
    /** The other pages' header: the page number, centred. */
    private static final Part DEFAULT_HEADER = Part.of("word/header2.xml", XML_DECL
            + "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>");
    private static final Part TYPES_WITH_HEADERS = types(true);
    private static final Part TYPES_WITHOUT_HEADERS = types(false);
    private static final Part RELS_WITH_HEADERS = documentRels(true);
    private static final Part RELS_WITHOUT_HEADERS = documentRels(false);

    private DocxPackage() {
    }

    /**
     * Writes the package of one document to {@code out}.
     *
     * @param core    the core properties part (docProps/core.xml)
     * @param body    the main part (word/document.xml)
     * @param headers whether the body's section refers to the page-number headers
     */
    static void write(OutputStream out, Instant stamp, XmlBytes core, XmlBytes body, boolean headers)
            throws IOException {
        write(out, stamp, core, body, headers, List.of());
    }

    /** The relationship id of picture {@code number} (1-based) in the body. */
    static String pictureId(int number) {
        return "rIdFigure" + number;
    }

    /**
     * Writes the package of one document with its pictures, {@code word/media/figure-N.png}, related from the body
     * as {@link #pictureId}.
     */
    static void write(OutputStream out, Instant stamp, XmlBytes core, XmlBytes body, boolean headers,
                      List<byte[]> pictures) throws IOException {
        List<Part> parts = new ArrayList<>(10 + pictures.size());
        parts.add(pictures.isEmpty() ? headers ? TYPES_WITH_HEADERS : TYPES_WITHOUT_HEADERS : withPng(types(headers)));
        parts.add(ROOT_RELS);
        parts.add(APP);
        parts.add(Part.of("docProps/core.xml", core));
        parts.add(Part.of("word/document.xml", body));
        parts.add(pictures.isEmpty() ? headers ? RELS_WITH_HEADERS : RELS_WITHOUT_HEADERS
                : withPictures(documentRels(headers), pictures.size()));
        for (int i = 0; i < pictures.size(); i++) {
            byte[] png = pictures.get(i);
            parts.add(Part.stored("word/media/figure-" + (i + 1) + ".png", png));
        }
        if (headers) {
            parts.add(FIRST_HEADER);
            parts.add(DEFAULT_HEADER);
        }
        parts.add(SETTINGS);
        parts.add(STYLES);
        long time = ZipTimestamps.javaTime(stamp);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
            for (Part p : parts) {
                ZipArchiveEntry entry = new ZipArchiveEntry(p.name());
                entry.setMethod(p.stored() ? ZipEntry.STORED : ZipEntry.DEFLATED);
                entry.setSize(p.size());
                entry.setCompressedSize(p.deflated().length);
                entry.setCrc(p.crc());
                entry.setTime(time);
                zip.addRawArchiveEntry(entry, new ByteArrayInputStream(p.deflated()));
            }
        }
        out.flush();
    }

    /** The content types with PNG declared. */
    private static Part withPng(Part types) {
        String xml = types.xml().replace("<Default ContentType=\"application/xml\" Extension=\"xml\"/>",
                "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
                        + "<Default ContentType=\"image/png\" Extension=\"png\"/>");
        return Part.of(types.name(), xml);
    }

    /** The body's relationships with one to each picture. */
    private static Part withPictures(Part rels, int count) {
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            more.append("<Relationship Id=\"").append(pictureId(i)).append("\" Target=\"media/figure-").append(i)
                    .append(".png\" Type=\"").append(REL).append("/image\"/>");
        }
        return Part.of(rels.name(), rels.xml().replace("</Relationships>", more + "</Relationships>"));
    }

    private static Part types(boolean headers) {
        StringBuilder s = new StringBuilder(XML_DECL)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                .append("<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" ")
                .append("PartName=\"/docProps/app.xml\"/>")
                .append("<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" ")
                .append("PartName=\"/docProps/core.xml\"/>")
                .append("<Override ContentType=\"").append(WML).append("document.main+xml\" PartName=\"/word/document.xml\"/>");
        if (headers) {
            s.append("<Override ContentType=\"").append(WML).append("header+xml\" PartName=\"/word/header1.xml\"/>")
                    .append("<Override ContentType=\"").append(WML).append("header+xml\" PartName=\"/word/header2.xml\"/>");
        }
        s.append("<Override ContentType=\"").append(WML).append("settings+xml\" PartName=\"/word/settings.xml\"/>")
                .append("<Override ContentType=\"").append(WML).append("styles+xml\" PartName=\"/word/styles.xml\"/>")
                .append("</Types>");
        return Part.of("[Content_Types].xml", s.toString());
    }

    private static Part documentRels(boolean headers) {
        StringBuilder s = new StringBuilder(XML_DECL).append("<Relationships xmlns=\"").append(PKG_REL).append("\">")
                .append("<Relationship Id=\"rId1\" Target=\"settings.xml\" Type=\"").append(REL).append("/settings\"/>")
                .append("<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"").append(REL).append("/styles\"/>");
        if (headers) {
            s.append("<Relationship Id=\"").append(FIRST_HEADER_ID).append("\" Target=\"header1.xml\" Type=\"")
                    .append(REL).append("/header\"/>")
                    .append("<Relationship Id=\"").append(DEFAULT_HEADER_ID).append("\" Target=\"header2.xml\" Type=\"")
                    .append(REL).append("/header\"/>");
        }
        s.append("</Relationships>");
        return Part.of("word/_rels/document.xml.rels", s.toString());
    }

    /**
     * A part compressed: its name, deflated bytes (or the bytes as they are when stored), uncompressed size and
     * CRC-32.
     */
    private record Part(String name, byte[] deflated, long size, long crc, boolean stored) {

        Part(String name, byte[] deflated, long size, long crc) {
            this(name, deflated, size, crc, false);
        }

        static Part of(String name, String xml) {
            byte[] b = xml.getBytes(StandardCharsets.UTF_8);
            return of(name, b, b.length);
        }

        /** A part stored uncompressed: a PNG is compressed already. */
        static Part stored(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data, 0, data.length);
            return new Part(name, data, data.length, crc.getValue(), true);
        }

        /** The XML of a deflated part, inflated again. */
        String xml() {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            try {
                inflater.setInput(deflated);
                byte[] out = new byte[(int) size];
                int n = 0;
                while (n < out.length && !inflater.finished()) {
                    n += inflater.inflate(out, n, out.length - n);
                }
                return new String(out, 0, n, StandardCharsets.UTF_8);
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException("cannot read back part " + name, e);
            } finally {
                inflater.end();
            }
        }

        static Part of(String name, XmlBytes xml) {
            return of(name, xml.array(), xml.length());
        }

        static Part of(String name, byte[] data, int length) {
            CRC32 crc = new CRC32();
            crc.update(data, 0, length);
            Deflater deflater = new Deflater(LEVEL, true);
            try {
                deflater.setInput(data, 0, length);
                deflater.finish();
                byte[] out = new byte[Math.max(64, length / 8)];
                int n = 0;
                while (!deflater.finished()) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    n += deflater.deflate(out, n, out.length - n);
                }
                return new Part(name, java.util.Arrays.copyOf(out, n), length, crc.getValue());
            } finally {
                deflater.end();
            }
        }
    }

}
