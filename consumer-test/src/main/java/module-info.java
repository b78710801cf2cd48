/**
 * A host application as a Java team writes one on the module path: it requires the library's two modules and
 * nothing of their insides. Built and tested by the reactor on the module path; never deployed.
 */
module vn.dialogue.consumer {
    requires vn.dialogue.core;
    requires vn.dialogue.export;

    exports vn.dialogue.consumer;
}
