package vn.dialogue.actor;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Someone who acts on the dialogue's records: a union moderator, the compiling department's officer, an agency's
 * drafter, the session secretariat. Every event names its actor. Immutable and thread-safe.
 *
 * @param id           stable key of the person or account
 * @param name         display name
 * @param role         the role they act in, as the plan's roles name it, e.g. {@code moderator}
 * @param organisation organisation id they act for, or null
 */
public record Actor(String id, String name, String role, @Nullable String organisation) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param id stable key of the person or account
     * @param name display name
     * @param role the role they act in, as the plan's roles name it, e.g. {@code moderator}
     * @param organisation organisation id they act for, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Actor {
        id = Ids.require(id, "id");
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        role = Ids.require(role, "role");
        organisation = Ids.optional(organisation, "organisation");
    }

    /**
     * An actor of {@code role} on behalf of {@code organisation}.
     *
     * @param id stable key of the person or account
     * @param name display name
     * @param role the role they act in, e.g. {@code moderator}
     * @param organisation organisation id they act for, or null
     * @return the actor
     */
    public static Actor of(String id, String name, String role, @Nullable String organisation) {
        return new Actor(id, name, role, organisation);
    }
}
