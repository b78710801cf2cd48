package vn.dialogue.calendar;

import java.util.List;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A holiday period of a year as the Government decides it: one or more holiday rules whose days
 * (and the make-up days and swapped Saturdays around them) are set together by one decision, e.g.
 * Quốc khánh = {@code quoc-khanh} (2/9) and {@code quoc-khanh-lien-ke} (the adjacent day). A
 * period the year's notices do not decide is <i>provisional</i> that year: its days come from
 * the Labour Code's defaults (see {@link WorkingCalendar#provisionalPeriods(int)}). Immutable and
 * thread-safe.
 *
 * @param id          stable identifier, lower-case words joined by '-', e.g. {@code quoc-khanh};
 *                    notices name it in {@code decides}
 * @param name        the Vietnamese name, e.g. "Quốc khánh"
 * @param englishName the English name, e.g. "National Day"
 * @param rules       the ids of the {@link HolidayRule}s it groups, at least one
 */
public record HolidayPeriod(String id, String name, String englishName, List<String> rules) {

    /** @throws IllegalArgumentException if the id is malformed, a name is blank or no rule is given */
    public HolidayPeriod {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("holiday period id must be lower-case words joined by '-', was '" + id + "'");
        }
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        englishName = Nfc.of(Objects.requireNonNull(englishName, "englishName")).strip();
        if (name.isEmpty() || englishName.isEmpty()) {
            throw new IllegalArgumentException("holiday period '" + id + "' needs a Vietnamese and an English name");
        }
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("holiday period '" + id + "' groups no holiday rule");
        }
    }
}
