package vn.dialogue.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

import vn.dialogue.plan.Issued;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.text.Bilingual;

/**
 * The Jakarta Bean Validation constraints declared on the plan's types, as findings.
 *
 * <p>A constraint's message template is a key, {@code {dialogue.identity.number.required}}; its code is the key
 * in upper case ({@code IDENTITY_NUMBER_REQUIRED}) and its texts come from this package's {@code messages}
 * bundles. Constraints of the {@link Issued} group are errors for an issued plan and information for a draft.
 * Uses {@link ParameterMessageInterpolator}: no expression language at run time.
 */
final class BeanValidationRule implements PlanRule {

    private static final String PREFIX = "dialogue.";

    /** Whether the validator's bootstrap has been started in the background (once per JVM). */
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    /** Built on first use: bootstrapping a validator costs a few hundred milliseconds. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                // the one provider asked for, without a service-loader search of the class path
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * A rule that starts building the validator, and its constraint metadata for the plan's types, on a daemon
     * thread: in a fresh JVM that takes a few hundred milliseconds, which then overlap the reading of the plan the
     * rule will check, instead of following it. The first {@link #check} waits for what is not done yet (the JVM's
     * class initialisation lock); if the background work fails, the first check does it again and fails there.
     */
    BeanValidationRule() {
        if (PREPARING.compareAndSet(false, true)) {
            try {
                Thread bootstrap = new Thread(BeanValidationRule::prepare, "dialogue-validator-bootstrap");
                bootstrap.setDaemon(true);
                bootstrap.start();
            } catch (RuntimeException | OutOfMemoryError e) {
                // no thread: the validator is built on first use
            }
        }
    }

    private static void prepare() {
        try {
            prepare(Plan.class, new HashSet<>());
        } catch (RuntimeException | LinkageError e) {
            // the first check builds what is missing and reports what fails
        }
    }

    /** Builds the constraint metadata of {@code type} and of the records and sealed types its components hold. */
    private static void prepare(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                prepare(argument, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c) || !c.getName().startsWith("vn.dialogue.")) {
            return;
        }
        if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                prepare(permitted, seen);
            }
        }
        if (c.isRecord()) {
            Holder.VALIDATOR.getConstraintsForClass(c);
            for (RecordComponent component : c.getRecordComponents()) {
                prepare(component.getGenericType(), seen);
            }
        }
    }

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Plan> v : Holder.VALIDATOR.validate(plan)) {
            findings.add(toFinding(v, Severity.ERROR));
        }
        Set<ConstraintViolation<Plan>> issued = Holder.VALIDATOR.validate(plan, Issued.class);
        Severity severity = plan.status() == PlanStatus.ISSUED ? Severity.ERROR : Severity.INFO;
        for (ConstraintViolation<Plan> v : issued) {
            findings.add(toFinding(v, severity));
        }
        return findings;
    }

    private static Finding toFinding(ConstraintViolation<Plan> v, Severity severity) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        String code = (key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key)
                .replace('.', '_').toUpperCase(Locale.ROOT);
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String vi = Messages.text(key, Messages.VI, attributes, v.getMessage());
        String en = Messages.text(key, Locale.ENGLISH, attributes, v.getMessage());
        return new Finding(severity, code, v.getPropertyPath().toString(), Bilingual.of(vi, en));
    }

    /**
     * This package's message files, {@code messages_<language>.properties} then {@code messages.properties}, read
     * as UTF-8 from this package's own resources, never falling back to the JVM's default locale. Read directly,
     * not through {@link java.util.ResourceBundle}: a {@code ResourceBundle.Control} is refused in a named module,
     * and this reads the same on the class path and on the module path.
     */
    static final class Messages {
        static final Locale VI = Locale.forLanguageTag("vi");
        private static final String BASE = "messages";
        /** Loaded files by name; an empty {@link Properties} for a file that is not there. */
        private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

        private Messages() {
        }

        static String text(String key, Locale locale, Map<String, Object> attributes, String fallback) {
            String text = lookup(key, locale);
            if (text == null) {
                return fallback;
            }
            for (Map.Entry<String, Object> a : attributes.entrySet()) {
                text = text.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
            }
            return text;
        }

        /** The text of {@code key} in the most specific file for {@code locale} that has it, or null. */
        private static @Nullable String lookup(String key, Locale locale) {
            List<String> names = new ArrayList<>(3);
            if (!locale.getLanguage().isEmpty()) {
                if (!locale.getCountry().isEmpty()) {
                    names.add(BASE + "_" + locale.getLanguage() + "_" + locale.getCountry());
                }
                names.add(BASE + "_" + locale.getLanguage());
            }
            names.add(BASE);
            for (String name : names) {
                String text = FILES.computeIfAbsent(name, Messages::load).getProperty(key);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }

        private static Properties load(String name) {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(name + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ".properties of vn.dialogue.check", e);
            }
            return p;
        }
    }
}
