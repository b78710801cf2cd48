package vn.dialogue.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.SigningAuthority;

/**
 * Who issues, chairs and signs. A joint plan (two or more issuing bodies, Nghị định 30/2020, Phụ lục I: each body's
 * name in the header and each one's signature side by side) has a symbol naming every issuer ("KH-UBND-HNDT") and
 * one signature per co-issuer; a co-chair sits beside a chair; a deputy signs "KT." for the head, never "TM.".
 * Codes: {@code JOINT_SYMBOL}, {@code JOINT_SIGNATURES}, {@code JOINT_NO_CO_CHAIR}, {@code CO_CHAIR_WITHOUT_CHAIR},
 * {@code CHAIR_TWICE}, {@code SIGNATURE_DEPUTY_TITLE}, {@code SIGNATURE_DEPUTY_ON_BEHALF}.
 */
final class JointPlanRule implements PlanRule {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        DocumentIdentity id = plan.identity();
        if (id.isJoint()) {
            String symbol = id.symbol() == null ? "" : id.symbol().strip();
            int parts = symbol.isEmpty() ? 0 : symbol.split("-").length - 1;
            if (!symbol.isEmpty() && parts < id.issuers().size()) {
                out.add(Finding.warning("JOINT_SYMBOL", "identity.symbol",
                        "Kế hoạch liên tịch của " + id.issuers().size() + " cơ quan nhưng ký hiệu " + symbol
                                + " chỉ nêu " + parts + " cơ quan (ví dụ KH-UBND-HNDT).",
                        "A joint plan of " + id.issuers().size() + " bodies, but the symbol " + symbol + " names "
                                + parts + " (e.g. KH-UBND-HNDT)."));
            }
            if (plan.coSignatures().size() != id.coIssuers().size()) {
                out.add(Finding.warning("JOINT_SIGNATURES", "coSignatures",
                        "Kế hoạch liên tịch có " + id.coIssuers().size() + " cơ quan cùng ban hành nhưng "
                                + plan.coSignatures().size() + " khối chữ ký của các cơ quan đó.",
                        "The joint plan has " + id.coIssuers().size() + " co-issuing bodies but "
                                + plan.coSignatures().size() + " signature blocks for them."));
            }
        } else if (!plan.coSignatures().isEmpty()) {
            out.add(Finding.warning("JOINT_SIGNATURES", "coSignatures",
                    "Có khối chữ ký của cơ quan cùng ban hành nhưng kế hoạch không nêu cơ quan cùng ban hành "
                            + "(identity.coIssuers).",
                    "Co-issuers' signature blocks are given, but the plan names no co-issuing body "
                            + "(identity.coIssuers)."));
        }
        int chairs = 0;
        int coChairs = 0;
        for (int a = 0; a < plan.attendance().size(); a++) {
            if (plan.attendance().get(a).bridgePoints()) {
                continue; // each bridge point has its own leaders
            }
            for (DelegateGroup g : plan.attendance().get(a).groups()) {
                for (GroupMember m : g.members()) {
                    DelegateRole role = m.role() != null ? m.role() : null;
                    if (role == DelegateRole.CHAIR) {
                        chairs++;
                    } else if (role == DelegateRole.CO_CHAIR) {
                        coChairs++;
                    }
                }
            }
        }
        if (coChairs > 0 && chairs == 0) {
            out.add(Finding.warning("CO_CHAIR_WITHOUT_CHAIR", "attendance",
                    "Có người đồng chủ trì nhưng chưa có người chủ trì.",
                    "A co-chair is named but no chair."));
        }
        if (chairs > 1 && plan.sessions().size() == 1) {
            out.add(Finding.warning("CHAIR_TWICE", "attendance",
                    "Có " + chairs + " người chủ trì; người cùng chủ trì ghi vai trò đồng chủ trì (CO_CHAIR).",
                    chairs + " chairs are named; give the others the co-chair role (CO_CHAIR)."));
        }
        if (id.isJoint() && coChairs == 0 && chairs > 0) {
            out.add(Finding.info("JOINT_NO_CO_CHAIR", "attendance",
                    "Kế hoạch liên tịch nhưng chưa có người đồng chủ trì của cơ quan cùng ban hành.",
                    "A joint plan, but no co-chair from the co-issuing body."));
        }
        List<Signature> all = plan.signatures();
        for (int i = 0; i < all.size(); i++) {
            String path = i == all.size() - 1 && plan.signature() != null ? "signature" : "coSignatures[" + i + "]";
            signing(all.get(i), path, out);
        }
        return out;
    }

    private static void signing(Signature s, String path, List<Finding> out) {
        boolean deputyTitle = s.title().toUpperCase(VI).startsWith("PHÓ ");
        if (s.authority() == SigningAuthority.KT && !deputyTitle) {
            out.add(Finding.warning("SIGNATURE_DEPUTY_TITLE", path + ".title",
                    "Ký thay (KT. " + s.authorityOf() + ") là cấp phó ký: chức vụ người ký thường là PHÓ "
                            + s.authorityOf() + ", không phải " + s.title() + ".",
                    "KT. is a deputy signing for the head: the title is usually PHÓ " + s.authorityOf() + ", not "
                            + s.title() + "."));
        }
        if (s.authority() == SigningAuthority.TM && deputyTitle) {
            out.add(Finding.warning("SIGNATURE_DEPUTY_ON_BEHALF", path + ".authority",
                    "Cấp phó (" + s.title() + ") ký thay người đứng đầu: dùng KT. CHỦ TỊCH (Nghị định 30/2020), "
                            + "không dùng TM.",
                    "A deputy (" + s.title() + ") signs for the head as KT. CHỦ TỊCH (Decree 30/2020), not TM."));
        }
    }
}
