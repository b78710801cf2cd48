package vn.dialogue.examples.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The languages the command line speaks: Vietnamese by default, English with {@code --lang en}. Each gives the
 * resource bundle of the help text and messages ({@code Messages_vi.properties}, {@code Messages_en.properties}),
 * read without falling back on the machine's language, so that an English Windows still gets Vietnamese help.
 */
enum Language {
    vi, en;

    static final String BUNDLE = "vn.dialogue.examples.cli.Messages";

    Locale locale() {
        return Locale.forLanguageTag(name());
    }

    ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(), Language.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A message of this language, with {@link String#format} arguments. */
    String say(String key, Object... args) {
        try {
            return String.format(locale(), bundle().getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + name(), e);
        }
    }

    /**
     * The language asked for on a command line not yet parsed ({@code --lang en} or {@code --lang=en}, anywhere),
     * so that a parse error and the help are already in it; Vietnamese when none or an unknown one is given
     * (the parser refuses the unknown one itself).
     */
    static Language in(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                for (Language l : values()) {
                    if (l.name().equalsIgnoreCase(value.strip())) {
                        return l;
                    }
                }
                return vi;
            }
        }
        return vi;
    }
}
