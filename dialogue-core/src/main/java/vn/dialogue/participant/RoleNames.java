package vn.dialogue.participant;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.dialogue.plan.DelegateRole;
import vn.dialogue.text.Nfc;

/**
 * The Vietnamese names of delegate roles as lists write them ("Vai trò"), to print and to read back.
 * Thread-safe.
 */
public final class RoleNames {

    private static final Map<DelegateRole, List<String>> NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(DelegateRole.CHAIR, List.of("Chủ trì")),
            Map.entry(DelegateRole.CO_CHAIR, List.of("Đồng chủ trì")),
            Map.entry(DelegateRole.PRESIDING, List.of("Chủ tọa", "Chủ toạ", "Đoàn chủ tịch")),
            Map.entry(DelegateRole.ANSWERING, List.of("Trả lời", "Trực tiếp đối thoại", "Đối thoại")),
            Map.entry(DelegateRole.INVITED, List.of("Đại biểu mời", "Khách mời")),
            Map.entry(DelegateRole.PARTICIPANT, List.of("Tham dự", "Đại biểu tham dự")),
            Map.entry(DelegateRole.PRESS, List.of("Phóng viên", "Báo chí")),
            Map.entry(DelegateRole.MASTER_OF_CEREMONIES, List.of("Dẫn chương trình", "MC")),
            Map.entry(DelegateRole.SECRETARIAT, List.of("Thư ký", "Phục vụ", "Tổ thư ký"))));

    private RoleNames() {
    }

    /**
     * The role's Vietnamese name, e.g. "Chủ trì".
     *
     * @param role the role
     * @return the first of the names lists use for it; never null
     * @throws NullPointerException if {@code role} is null
     */
    public static String vietnamese(DelegateRole role) {
        return NAMES.get(Objects.requireNonNull(role, "role")).get(0);
    }

    /**
     * Reads a role from its Vietnamese name (or another name lists use, e.g. "Khách mời", "Báo chí") or its
     * constant name ({@code INVITED}, {@code invited}); case and surrounding spaces do not matter.
     *
     * @param text the role as written
     * @return the role, or empty when the text names none
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<DelegateRole> parse(String text) {
        String t = Nfc.of(Objects.requireNonNull(text, "text")).strip();
        for (Map.Entry<DelegateRole, List<String>> e : NAMES.entrySet()) {
            if (e.getKey().name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return Optional.of(e.getKey());
            }
            for (String name : e.getValue()) {
                if (name.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The Vietnamese name of every role, for messages saying what {@link #parse} accepts.
     *
     * @return one name per role; unmodifiable, never null
     */
    public static List<String> known() {
        return NAMES.values().stream().map(l -> l.get(0)).toList();
    }
}
