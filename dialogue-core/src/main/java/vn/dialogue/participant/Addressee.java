package vn.dialogue.participant;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Whom an invitation is addressed to: a named person on the delegate list, or an organisation asked to send
 * someone ("mời đại diện lãnh đạo Sở Y tế"). Immutable and thread-safe.
 */
public sealed interface Addressee {

    /**
     * A person: the delegate with this id.
     *
     * @param delegateId the delegate's id
     * @return the addressee; never null
     * @throws IllegalArgumentException if {@code delegateId} is not a valid key
     */
    static Addressee person(String delegateId) {
        return new Person(delegateId);
    }

    /**
     * An organisation of the registry, asked to send one person, with the wording of the invitation.
     *
     * @param organisationId the organisation's registry id
     * @param wording        how the invitation names whom it wants, or null; put in NFC
     * @return the addressee; never null
     * @throws IllegalArgumentException if {@code organisationId} is not a valid key
     */
    static Addressee organisation(String organisationId, @Nullable String wording) {
        return new Organisation(organisationId, wording);
    }

    /**
     * A named person.
     *
     * @param delegate id of the delegate invited
     */
    record Person(String delegate) implements Addressee {
        /**
         * Checks the id.
         *
         * @param delegate id of the delegate invited
         * @throws NullPointerException     if {@code delegate} is null
         * @throws IllegalArgumentException if it is not a valid key
         */
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
        /**
         * Checks the id and puts the wording in NFC.
         *
         * @param organisation registry id of the organisation
         * @param wording      how the invitation names whom it wants, or null
         * @throws NullPointerException     if {@code organisation} is null
         * @throws IllegalArgumentException if it is not a valid key
         */
        public Organisation {
            organisation = Ids.require(organisation, "organisation");
            wording = Nfc.normalize(wording);
        }
    }
}
