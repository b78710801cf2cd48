package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The constraint texts come from this package's own message files, the language's file first, then the default
 * (English) one, and never from the JVM's default locale.
 */
class BeanValidationMessagesTest {

    private static final String KEY = "dialogue.identity.number.required";

    @Test
    void should_read_the_vietnamese_and_english_files_as_utf8() {
        assertThat(BeanValidationRule.Messages.text(KEY, BeanValidationRule.Messages.VI, Map.of(), "x"))
                .isEqualTo("Văn bản ban hành phải có số.");
        assertThat(BeanValidationRule.Messages.text(KEY, Locale.ENGLISH, Map.of(), "x"))
                .isEqualTo("An issued document must have a number.");
    }

    @Test
    void should_take_the_language_file_for_a_country_locale_and_the_default_file_for_another_language() {
        assertThat(BeanValidationRule.Messages.text(KEY, Locale.forLanguageTag("vi-VN"), Map.of(), "x"))
                .isEqualTo("Văn bản ban hành phải có số.");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("vi-VN"));
        try {
            // French has no file: the default file, not the JVM's default locale (Vietnamese here)
            assertThat(BeanValidationRule.Messages.text(KEY, Locale.FRENCH, Map.of(), "x"))
                    .isEqualTo("An issued document must have a number.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
