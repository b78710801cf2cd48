/** The dialogue domain: plans, organisations, calendar and deadlines, participants, questions, checks and plan files. */
module vn.dialogue.core {
    requires static org.jspecify;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires com.github.victools.jsonschema.generator;
    requires com.fasterxml.classmate;

    exports vn.dialogue.text;
    exports vn.dialogue.calendar;
    exports vn.dialogue.deadline;
    exports vn.dialogue.timeline;
    exports vn.dialogue.organisation;
    exports vn.dialogue.venue;
    exports vn.dialogue.plan;
    exports vn.dialogue.planfile;
    exports vn.dialogue.check;
    exports vn.dialogue.actor;
    exports vn.dialogue.participant;
    exports vn.dialogue.seating;
    exports vn.dialogue.yearly;
    exports vn.dialogue.journal;
    exports vn.dialogue.store;
    // vn.dialogue.lifecycle (the kernel under the three registries) is not exported: hosts use the façades
    exports vn.dialogue.question;
    exports vn.dialogue.question.similar;
    exports vn.dialogue.intake;
    exports vn.dialogue.conclusion;
    exports vn.dialogue.due;
    // vn.dialogue.internal (the plan's vocabulary, Vietnamese text folding) is not exported

    // the calendar reads notice files through the plan files' hardened YAML reading, found at run time
    uses vn.dialogue.text.YamlCheck;
    provides vn.dialogue.text.YamlCheck with vn.dialogue.planfile.YamlFilesCheck;

    opens vn.dialogue.organisation to tools.jackson.databind, org.hibernate.validator;
    opens vn.dialogue.venue to tools.jackson.databind, org.hibernate.validator;
    opens vn.dialogue.plan to tools.jackson.databind, org.hibernate.validator;
    opens vn.dialogue.deadline to tools.jackson.databind, org.hibernate.validator;
    opens vn.dialogue.yearly to tools.jackson.databind;
    // journaled events are records of these packages
    opens vn.dialogue.question to tools.jackson.databind;
    opens vn.dialogue.conclusion to tools.jackson.databind;
    opens vn.dialogue.participant to tools.jackson.databind;
    opens vn.dialogue.actor to tools.jackson.databind;
    opens vn.dialogue.text to tools.jackson.databind;
    // notice files are read into package-private records
    opens vn.dialogue.calendar to tools.jackson.databind;
}
