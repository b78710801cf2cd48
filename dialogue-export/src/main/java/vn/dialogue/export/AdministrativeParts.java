package vn.dialogue.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.Signature;
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.SigningAuthority;

/**
 * The parts every administrative document shares, composed from the domain: the header from a
 * {@link DocumentIdentity}, the footer from recipients and a signature. All fixed words come from
 * the {@link Wording}; names come from the registry.
 */
final class AdministrativeParts {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private AdministrativeParts() {
    }

    /** The two-column header of {@code identity}. */
    static AdministrativeHeader header(DocumentIdentity identity, Registry registry, Wording wording, int fallbackYear) {
        List<String> parent = identity.parentBody() == null ? List.of()
                : headerLines(registry, identity.parentBody());
        List<String> issuer = new ArrayList<>(headerLines(registry, identity.issuer()));
        for (String co : identity.coIssuers()) {
            // a joint document names every issuing body, one under the other, the rule under the last
            issuer.addAll(headerLines(registry, co));
        }
        String symbol = identity.symbol() == null ? identity.type().abbreviation() : identity.symbol();
        String number = wording.numberLine(identity.number(), symbol);
        IssueDate date = identity.issueDate();
        String place = identity.place() == null ? "" : identity.place();
        String dateLine = date == null
                ? wording.placeAndDate(place, null, null, fallbackYear)
                : wording.placeAndDate(place, date.day(), date.month(), date.year());
        return new AdministrativeHeader(parent, issuer, number, wording.text("header.national-name"),
                wording.text("header.motto"), dateLine);
    }

    /**
     * The header lines of an organisation, upper case. A name that begins with the organisation's
     * kind is broken after it ("ỦY BAN NHÂN DÂN" / "TỈNH KON TUM"), as headers print them.
     */
    static List<String> headerLines(Registry registry, String organisationId) {
        Optional<Organisation> org = registry.organisation(organisationId);
        if (org.isEmpty()) {
            return List.of(upper(organisationId));
        }
        String name = org.get().name();
        String kind = org.get().kind();
        if (kind != null && !kind.isBlank() && name.length() > kind.length()
                && name.toLowerCase(VI).startsWith(kind.toLowerCase(VI) + " ")) {
            return List.of(upper(name.substring(0, kind.length())), upper(name.substring(kind.length() + 1)));
        }
        return List.of(upper(name));
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** The footer: recipients with their marks, the archive line, and the signature. */
    static SignatureFooter footer(List<Recipient> recipients, List<String> archive,
                                  vn.dialogue.plan.@Nullable Signature signature, Wording wording) {
        List<ListItem> items = new ArrayList<>();
        for (Recipient r : recipients) {
            recipient(items, r, 0);
        }
        if (!archive.isEmpty()) {
            items.add(ListItem.dash(wording.format("footer.archive", Map.of("units", String.join(", ", archive)))));
        }
        return new SignatureFooter(wording.text("footer.recipients"), items, signature(signature, wording));
    }

    /** The footer of a joint document: the co-issuers' signatures beside the lead issuer's. */
    static SignatureFooter footer(List<Recipient> recipients, List<String> archive,
                                  vn.dialogue.plan.@Nullable Signature signature,
                                  List<vn.dialogue.plan.Signature> coSignatures, Wording wording) {
        SignatureFooter one = footer(recipients, archive, signature, wording);
        if (coSignatures.isEmpty()) {
            return one;
        }
        return new SignatureFooter(one.recipientsLabel(), one.recipients(), one.signature(),
                coSignatures.stream().map(s -> signature(s, wording)).toList());
    }

    private static void recipient(List<ListItem> items, Recipient r, int level) {
        String text = r.text();
        if (r.mark() != null && !r.mark().isBlank()) {
            text = text + " (" + r.mark() + ")";
        }
        if (!text.endsWith(":") && !text.endsWith(";")) {
            text = text + ";";
        }
        items.add(new ListItem(level == 0 ? "-" : "+", Math.min(level, 4), List.of(Run.plain(text))));
        for (Recipient child : r.children()) {
            recipient(items, child, level + 1);
        }
    }

    /** The signature block: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", then the signer. */
    static Signature signature(vn.dialogue.plan.@Nullable Signature s, Wording wording) {
        if (s == null) {
            return Signature.blank();
        }
        List<String> lines = new ArrayList<>();
        if (s.authority() != null) {
            String of = s.authorityOf() == null ? "" : " " + s.authorityOf();
            lines.add(wording.text(authorityKey(s.authority())) + of);
        }
        lines.add(s.title());
        // a draft whose signer is not yet known writes "(họ và tên người ký)": the space stays blank for the name
        String signer = s.signer().strip();
        return new Signature(lines, signer.startsWith("(") && signer.endsWith(")") ? "" : signer);
    }

    private static String authorityKey(SigningAuthority a) {
        switch (a) {
            case TM:
                return "signature.on-behalf";
            case KT:
                return "signature.deputy";
            case Q:
                return "signature.acting";
            case TL:
                return "signature.by-order";
            default:
                return "signature.by-authorisation";
        }
    }

    /** A head count in words: "khoảng 250", "từ 10 đến 20". */
    static String count(Headcount h, Wording wording) {
        if (h.exactly() != null) {
            return wording.format("count.exactly", Map.of("n", pad2(h.exactly())));
        }
        if (h.about() != null) {
            return wording.format("count.about", Map.of("n", Integer.toString(h.about())));
        }
        if (h.min() != null && h.max() != null) {
            return wording.format("count.between", Map.of("min", h.min().toString(), "max", h.max().toString()));
        }
        if (h.min() != null) {
            return wording.format("count.min", Map.of("n", h.min().toString()));
        }
        return wording.format("count.max", Map.of("n", String.valueOf(h.max())));
    }

    /** Numbers below 10 take a leading zero in administrative text ("01 buổi"). */
    static String pad2(int n) {
        return n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
    }
}
