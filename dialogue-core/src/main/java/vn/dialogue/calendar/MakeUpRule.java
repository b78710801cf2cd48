package vn.dialogue.calendar;

import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * While in force, a public holiday that falls on a weekly rest day gives a day off (nghỉ bù) on
 * the next working day (Bộ luật Lao động 2019, Điều 111 khoản 3). Immutable and thread-safe.
 *
 * @param validity the holidays it applies to: those falling on a day in force
 * @param source   the legal provision
 */
public record MakeUpRule(Validity validity, String source) {

    /**
     * @param validity the holidays it applies to: those falling on a day in force
     * @param source the legal provision
     * @throws IllegalArgumentException if the source is blank
     */
    public MakeUpRule {
        Objects.requireNonNull(validity, "validity");
        source = Nfc.of(Objects.requireNonNull(source, "source")).strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("make-up rule needs a source (the legal provision)");
        }
    }
}
