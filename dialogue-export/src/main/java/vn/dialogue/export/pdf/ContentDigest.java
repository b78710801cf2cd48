package vn.dialogue.export.pdf;

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
 * gives the same fingerprint on every run, a change of content almost surely another. Not a
 * cryptographic digest, and not meant as one: it is computed in one pass over the blocks' strings,
 * without building a text of the whole document. Not thread-safe: one per document.
 */
final class ContentDigest {

    private static final long PRIME_A = 0x100000001B3L;
    private static final long PRIME_B = 0x9E3779B97F4A7C15L;

    private long a = 0xCBF29CE484222325L;
    private long b = 0x84222325CBF29CE4L;

    private ContentDigest() {
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
        } else if (!(block instanceof PageBreak)) {
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
        long x = a;
        long y = b;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            x = (x ^ c) * PRIME_A;
            y = Long.rotateLeft(y ^ c, 27) * PRIME_B;
        }
        a = x;
        b = y;
        // the length ends the string, so that "ab"+"c" and "a"+"bc" differ
        return number(s.length());
    }

    private ContentDigest number(long v) {
        a = (a ^ v ^ 0xFF51AFD7ED558CCDL) * PRIME_A;
        b = Long.rotateLeft(b ^ v, 31) * PRIME_B + 0x632BE59BD9B4E019L;
        return this;
    }

    private byte[] bytes() {
        long x = mix(a ^ Long.rotateLeft(b, 17));
        long y = mix(b + x);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (x >>> (56 - 8 * i));
            out[8 + i] = (byte) (y >>> (56 - 8 * i));
        }
        return out;
    }

    /** The finaliser of MurmurHash3: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE53D6A1AL;
        return z ^ (z >>> 33);
    }
}
