package vn.dialogue.export.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.OutputText;
import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.Alignment;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Figure;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.LayoutRenderer;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.layout.Table;

/**
 * Renders a {@link LayoutDocument} as one standalone HTML5 page in UTF-8 with its style sheet
 * inline: no script, no external resource. Every text of the document is escaped
 * ({@code & < > " '}), so text from users can never become markup. A line feed in a table cell
 * becomes a line break; a folded card prints its two faces, the upper one turned by 180 degrees.
 * The page is a web page as much as a printed one: it declares the viewport, reads at a phone's 400 px as at a desk's
 * 1200 px (the header's columns wrap one under the other, the national name and the motto keep to one line each, a
 * wide table scrolls in its own box, the page itself never scrolls sideways). Stateless and thread-safe.
 */
public final class HtmlRenderer implements LayoutRenderer {

    private static final String STYLE = String.join("\n",
            "body{font-family:'" + Fonts.FAMILY + "','Liberation Serif',serif;font-size:14pt;line-height:1.3;"
                    + "max-width:170mm;margin:1em auto;padding:0 1em;color:#000;background:#fff;"
                    + "overflow-wrap:break-word}",
            ".two-col{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1em;margin-bottom:.5em}",
            ".two-col>div{text-align:center}",
            ".two-col .left{flex:2 1 14em}.two-col .right{flex:3 1 18em}",
            ".upper{text-transform:none;margin:0}",
            // the national name and the motto on one line each, at any width: smaller type on a narrow screen
            ".nation{white-space:nowrap;font-size:min(13pt,4.4vw)}.motto{white-space:nowrap;font-size:min(14pt,4.6vw)}",
            ".subject{margin:0;font-size:12pt}",
            ".b{font-weight:bold}.i{font-style:italic}",
            ".rule{border:0;border-top:1px solid #000;margin:2px auto 6px}",
            ".title{text-align:center;font-weight:bold;margin:0;text-indent:0}",
            ".title+.rule{margin-top:4px}",
            ".scroll{overflow-x:auto;max-width:100%}",
            "p{margin:0 0 6pt}",
            "p.body{text-align:justify;text-indent:1.27cm}",
            "p.center{text-align:center}p.left{text-align:left}p.right{text-align:right}p.justify{text-align:justify}",
            "ul.items{list-style:none;padding:0;margin:0 0 6pt}",
            "ul.items li{text-indent:1.27cm;text-align:justify}",
            "table.data{border-collapse:collapse;width:100%;font-size:13pt;margin:6pt 0}",
            "table.data th,table.data td{border:1px solid #000;padding:3px 5px;vertical-align:top}",
            ".footer{display:flex;justify-content:space-between;margin-top:1em}",
            ".footer .recipients{flex:9;font-size:11pt}",
            ".footer .recipients .label{font-size:12pt;font-weight:bold;font-style:italic}",
            ".footer ul.items li{text-align:left}",
            ".footer .sign{flex:11;text-align:center;font-weight:bold}",
            ".footer .signer{margin-top:5em}",
            ".page-break{break-after:page;page-break-after:always;border:0;margin:2em 0}",
            "h2,h3,h4,h5,h6,h1{font-size:14pt;margin:0 0 6pt;text-indent:1.27cm;text-align:justify}",
            "h1 .rest,h2 .rest,h3 .rest,h4 .rest,h5 .rest,h6 .rest{font-weight:normal}",
            ".card{height:180mm;display:flex;flex-direction:column;break-after:page;page-break-after:always}",
            ".card .face{flex:1;display:flex;flex-direction:column;justify-content:center;text-align:center}",
            ".card .back{transform:rotate(180deg);border-bottom:1px dashed #000}",
            ".card .name{font-size:40pt;font-weight:bold;margin:0}.card .line{font-size:18pt;margin:4pt 0 0}",
            // a phone: smaller type, text ragged right without indent (justified narrow lines gape), the footer's
            // columns one under the other
            "@media (max-width:640px){body{font-size:12pt;padding:0 .6em}"
                    + "p.body,ul.items li,h1,h2,h3,h4,h5,h6{text-align:left;text-indent:0}"
                    + "h1,h2,h3,h4,h5,h6{font-size:1em}h1.title{font-size:13pt}"
                    + "table.data{font-size:11pt}.footer{flex-direction:column;gap:1em}"
                    + ".card .name{font-size:28pt}.card .line{font-size:14pt}}",
            "@media print{.scroll{overflow:visible}}",
            "figure.figure{margin:6pt 0 10pt;text-align:center;break-inside:avoid}",
            "figure.figure svg{max-width:100%;height:auto}",
            "figure.figure figcaption{font-style:italic;font-size:13pt}");

    private HtmlRenderer() {
    }

    /**
     * The renderer.
     *
     * @return the renderer
     */
    public static HtmlRenderer create() {
        return new HtmlRenderer();
    }

    @Override
    public void render(LayoutDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(toHtml(document));
        w.flush();
    }

    /**
     * The page as a string.
     *
     * @param document the composed document
     * @return the page as a string
     */
    public String toHtml(LayoutDocument document) {
        Objects.requireNonNull(document, "document");
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(escape(document.info().language().toLanguageTag()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.info().title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(document.info().author())).append("\">\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<article>\n");
        int figures = 0;
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof AdministrativeHeader h && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof DocumentTitle t && t.isLetterSubject()) {
                // a letter's "V/v ..." goes under the number in the header's left column (Phụ lục I)
                header(sb, h, t.subjectLines());
                i++;
            } else if (block instanceof Figure f) {
                HtmlFigure.append(sb, f, ++figures);
            } else {
                block(sb, block);
            }
        }
        sb.append("</article>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void block(StringBuilder sb, Block block) {
        if (block instanceof AdministrativeHeader h) {
            header(sb, h, List.of());
        } else if (block instanceof DocumentTitle t) {
            sb.append("<h1 class=\"title\">");
            if (!t.typeName().isEmpty()) {
                sb.append(escape(t.typeName()));
            }
            for (String line : t.subjectLines()) {
                sb.append("<br>").append(escape(line));
            }
            sb.append("</h1>\n<hr class=\"rule\" style=\"width:25%\">\n");
        } else if (block instanceof Heading h) {
            int level = Math.min(h.level() + 1, 6);
            sb.append("<h").append(level).append('>').append(escape(h.label()));
            if (!h.continuation().isEmpty()) {
                sb.append("<span class=\"rest\">");
                runs(sb, h.continuation());
                sb.append("</span>");
            }
            sb.append("</h").append(level).append(">\n");
        } else if (block instanceof Paragraph p) {
            sb.append("<p class=\"").append(p.firstLineIndent() ? "body" : alignment(p.alignment())).append("\">");
            runs(sb, p.runs());
            sb.append("</p>\n");
        } else if (block instanceof BulletList l) {
            sb.append("<ul class=\"items\">\n");
            for (ListItem item : l.items()) {
                item(sb, item);
            }
            sb.append("</ul>\n");
        } else if (block instanceof Table t) {
            table(sb, t);
        } else if (block instanceof SignatureFooter f && f.isJoint()) {
            // a joint document: every body's signature on one row, the lead issuer's on the right, recipients below
            sb.append("<div class=\"footer joint-signatures\">\n");
            for (vn.dialogue.export.layout.Signature s : f.signaturesLeftToRight()) {
                sb.append("<div class=\"sign\">\n");
                for (String line : s.authorityLines()) {
                    sb.append("<p>").append(escape(line)).append("</p>\n");
                }
                sb.append("<p class=\"signer\">").append(escape(s.signerName())).append("</p>\n</div>\n");
            }
            sb.append("</div>\n");
            block(sb, new SignatureFooter(f.recipientsLabel(), f.recipients(),
                    vn.dialogue.export.layout.Signature.blank()));
        } else if (block instanceof SignatureFooter f) {
            sb.append("<footer class=\"footer\">\n<div class=\"recipients\">\n<p class=\"label\">")
                    .append(escape(f.recipientsLabel())).append("</p>\n<ul class=\"items\">\n");
            for (ListItem item : f.recipients()) {
                sb.append("<li style=\"text-indent:0;margin-left:").append(item.level()).append("em\">")
                        .append(escape(item.printed())).append("</li>\n");
            }
            sb.append("</ul>\n</div>\n<div class=\"sign\">\n");
            for (String line : f.signature().authorityLines()) {
                sb.append("<p>").append(escape(line)).append("</p>\n");
            }
            sb.append("<p class=\"signer\">").append(escape(f.signature().signerName())).append("</p>\n")
                    .append("</div>\n</footer>\n");
        } else if (block instanceof PageBreak) {
            sb.append("<hr class=\"page-break\">\n");
        } else if (block instanceof FoldedCard c) {
            sb.append("<section class=\"card\">\n");
            for (String side : new String[] {"back", "front"}) {
                sb.append("<div class=\"face ").append(side).append('"');
                if (side.equals("back")) {
                    sb.append(" aria-hidden=\"true\"");
                }
                sb.append(">\n<p class=\"name\">").append(escape(c.name())).append("</p>\n");
                for (String line : c.lines()) {
                    sb.append("<p class=\"line\">").append(escape(line)).append("</p>\n");
                }
                sb.append("</div>\n");
            }
            sb.append("</section>\n");
        } else {
            throw new IllegalStateException("no HTML layout for " + block.getClass().getSimpleName());
        }
    }

    private static void header(StringBuilder sb, AdministrativeHeader h, List<String> subject) {
        sb.append("<header class=\"two-col\">\n<div class=\"left\">\n");
        for (String line : h.parentBody()) {
            sb.append("<p class=\"upper\">").append(escape(line)).append("</p>\n");
        }
        for (String line : h.issuingBody()) {
            sb.append("<p class=\"upper b\">").append(escape(line)).append("</p>\n");
        }
        sb.append("<hr class=\"rule\" style=\"width:30%\">\n<p>").append(escape(h.numberLine())).append("</p>\n");
        if (!subject.isEmpty()) {
            sb.append("<p class=\"subject\">").append(escape(String.join(" ", subject))).append("</p>\n");
        }
        sb.append("</div>\n<div class=\"right\">\n")
                .append("<p class=\"upper b nation\">").append(escape(h.nationalName())).append("</p>\n")
                .append("<p class=\"b motto\">").append(escape(h.motto())).append("</p>\n")
                .append("<hr class=\"rule\" style=\"width:60%\">\n")
                .append("<p class=\"i\">").append(escape(h.placeAndDate())).append("</p>\n")
                .append("</div>\n</header>\n");
    }

    private static void item(StringBuilder sb, ListItem item) {
        sb.append("<li");
        if (item.level() > 0) {
            sb.append(" style=\"margin-left:").append(item.level() * 1.27).append("cm\"");
        }
        sb.append('>');
        if (!item.marker().isEmpty()) {
            sb.append(escape(item.marker())).append(' ');
        }
        runs(sb, item.runs());
        sb.append("</li>\n");
    }

    private static void table(StringBuilder sb, Table t) {
        int total = t.relativeWidths().stream().mapToInt(Integer::intValue).sum();
        // a wide table scrolls in its own box on a narrow screen, never the page
        sb.append("<div class=\"scroll\">\n<table class=\"data\">\n<colgroup>");
        for (int w : t.relativeWidths()) {
            sb.append("<col style=\"width:").append(Math.round(1000.0 * w / total) / 10.0).append("%\">");
        }
        sb.append("</colgroup>\n<thead><tr>");
        for (String h : t.header()) {
            sb.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(escape(cell).replace("\n", "<br>")).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
    }

    private static void runs(StringBuilder sb, List<Run> runs) {
        for (Run r : runs) {
            if (r.bold()) {
                sb.append("<strong>");
            }
            if (r.italic()) {
                sb.append("<em>");
            }
            sb.append(escape(r.text()));
            if (r.italic()) {
                sb.append("</em>");
            }
            if (r.bold()) {
                sb.append("</strong>");
            }
        }
    }

    private static String alignment(Alignment a) {
        switch (a) {
            case LEFT:
                return "left";
            case CENTER:
                return "center";
            case RIGHT:
                return "right";
            default:
                return "justify";
        }
    }

    /**
     * Escapes {@code text} for HTML element content and quoted attribute values: {@code &}, {@code <},
     * {@code >}, {@code "} and {@code '} become character references, and so do control characters
     * other than tab and line feed, which HTML does not allow; bidirectional controls and zero-width characters
     * are dropped ({@link OutputText}), so that no displayed text can be reordered or disguised.
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep;
            switch (c) {
                case '&':
                    rep = "&amp;";
                    break;
                case '<':
                    rep = "&lt;";
                    break;
                case '>':
                    rep = "&gt;";
                    break;
                case '"':
                    rep = "&quot;";
                    break;
                case '\'':
                    rep = "&#39;";
                    break;
                default:
                    // bidirectional controls and zero-width characters: dropped, as in every output (OutputText)
                    rep = (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f ? "&#xFFFD;"
                            : OutputText.isInvisibleControl(c) ? "" : null;
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16);
                    sb.append(text, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
