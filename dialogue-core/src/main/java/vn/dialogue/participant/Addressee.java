package vn.dialogue.participant;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Whom an invitation is addressed to: a named person on the delegate list, or an organisation asked to send
 * someone ("mời đại diện lãnh đạo Sở Y tế"). Immutable and thread-safe.
 */
public sealed interface Addressee {

    /** A person: the delegate with this id. */
    static Addressee person(String delegateId) {
        return new Person(delegateId);
    }

    /** An organisation of the registry, asked to send one person, with the wording of the invitation. */
    static Addressee organisation(String organisationId, @Nullable String wording) {
        return new Organisation(organisationId, wording);
    }

    /**
     * A named person.
     *
     * @param delegate id of the delegate invited
     */
    record Person(String delegate) implements Addressee {
        public Person {
            delegate = Ids.require(delegate, "delegate");
        }
    }

    /**
     * An organisation asked to send one person.
     *
     * @param organisation registry id of the organisation
     * @param wording      how the invitation names whom it wants, e.g. "Đại diện lãnh đạo", or null
     */
    record Organisation(String organisation, @Nullable String wording) implements Addressee {
        public Organisation {
            organisation = Ids.require(organisation, "organisation");
            wording = Nfc.normalize(wording);
        }
    }
}
