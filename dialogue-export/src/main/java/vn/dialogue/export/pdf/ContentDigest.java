package vn.dialogue.export.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.layout.Table;

/**
 * A 128-bit fingerprint of a document's content (metadata, page setup, every block's text, emphasis and
 * layout values), the seed of a PDF's file identifier and font subset prefixes: the same document
 * gives the same fingerprint on every run, a change of content almost surely another. It is the first
 * 16 bytes of the SHA-256 (the JDK's {@link MessageDigest}) of the blocks' values, fed in one pass:
 * each text as its UTF-8 bytes followed by its length, each number as 8 bytes, so that "ab"+"c" and
 * "a"+"bc" differ and no text of the whole document is built. Not thread-safe: one per document.
 */
final class ContentDigest {

    private final MessageDigest sha;
    private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

    private ContentDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's own documentation)
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The fingerprint of {@code doc}: 16 bytes. */
    static byte[] of(LayoutDocument doc) {
        ContentDigest d = new ContentDigest();
        DocumentInfo info = doc.info();
        d.text(info.title()).text(info.author()).text(info.language().toLanguageTag())
                .number(info.timestamp().getEpochSecond()).number(info.timestamp().getNano())
                .text(doc.page().toString());
        for (Block block : doc.blocks()) {
            d.block(block);
        }
        return d.bytes();
    }

    private void block(Block block) {
        text(block.getClass().getSimpleName());
        if (block instanceof AdministrativeHeader h) {
            texts(h.parentBody()).texts(h.issuingBody()).text(h.numberLine()).text(h.nationalName()).text(h.motto())
                    .text(h.placeAndDate());
        } else if (block instanceof DocumentTitle t) {
            text(t.typeName()).texts(t.subjectLines());
        } else if (block instanceof Heading h) {
            number(h.level()).text(h.number()).text(h.title()).runs(h.continuation());
        } else if (block instanceof Paragraph p) {
            runs(p.runs()).number(p.alignment().ordinal()).number(p.firstLineIndent() ? 1 : 0);
        } else if (block instanceof BulletList l) {
            items(l.items());
        } else if (block instanceof Table t) {
            texts(t.header());
            for (List<String> row : t.rows()) {
                texts(row);
            }
            for (Integer w : t.relativeWidths()) {
                number(w);
            }
        } else if (block instanceof SignatureFooter f) {
            text(f.recipientsLabel()).items(f.recipients()).texts(f.signature().authorityLines())
                    .text(f.signature().signerName());
        } else if (block instanceof FoldedCard c) {
            text(c.name()).texts(c.lines());
        } else if (block instanceof PageBreak b) {
            number(b.restartsNumbering() ? 1 : 0);
        } else if (block instanceof vn.dialogue.export.layout.Figure f) {
            // the drawing is code, not data: its caption, description and size stand for it
            text("figure").text(f.caption()).text(f.description()).text(f.widthMm() + "x" + f.heightMm());
        } else {
            text(block.toString());
        }
    }

    private ContentDigest items(List<ListItem> items) {
        number(items.size());
        for (ListItem i : items) {
            text(i.marker()).number(i.level()).runs(i.runs());
        }
        return this;
    }

    private ContentDigest runs(List<Run> runs) {
        number(runs.size());
        for (Run r : runs) {
            text(r.text()).number((r.bold() ? 1 : 0) | (r.italic() ? 2 : 0));
        }
        return this;
    }

    private ContentDigest texts(List<String> texts) {
        number(texts.size());
        for (String t : texts) {
            text(t);
        }
        return this;
    }

    private ContentDigest text(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        // the length ends the string, so that "ab"+"c" and "a"+"bc" differ
        return number(s.length());
    }

    private ContentDigest number(long v) {
        number.clear();
        sha.update(number.putLong(v).flip());
        return this;
    }

    private byte[] bytes() {
        return Arrays.copyOf(sha.digest(), 16);
    }
}
