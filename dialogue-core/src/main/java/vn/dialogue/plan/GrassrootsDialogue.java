package vn.dialogue.plan;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;

/**
 * What a commune's dialogue conference with its residents must show (Luật Tổ chức chính quyền địa phương
 * 72/2025/QH15, Điều 43, with the Law on Grassroots Democracy 10/2022/QH15 behind it): which tasks announce it and
 * publish its results, and which bodies chair and attend with the commune People's Committee. A plan that holds
 * this block is checked by the commune rules of {@code vn.dialogue.check}. Immutable and thread-safe.
 *
 * @param announcement   id of the task that announces the time, place, content and way of taking part, at least 7
 *                       days before the conference
 * @param results        id of the task that publishes the results (mass media, the commune's office, the heads of
 *                       villages and residential groups), within 10 days after the conference
 * @param record         id of the task that keeps the conference's record (biên bản) and the chair's conclusion,
 *                       or null
 * @param councilStanding organisation id of the commune People's Council, whose Standing Committee's representative
 *                       co-chairs the conference, or null
 * @param frontCommittee organisation id of the commune Fatherland Front committee, with which the People's
 *                       Committee organises it, or null
 * @param partyCommittee organisation id of the commune Party committee, whose representatives are invited, or null
 */
public record GrassrootsDialogue(@Nullable String announcement, @Nullable String results, @Nullable String record,
                                 @Nullable String councilStanding, @Nullable String frontCommittee,
                                 @Nullable String partyCommittee) {

    /**
     * Checks the ids.
     *
     * @param announcement id of the task that announces the conference, or null
     * @param results id of the task that publishes its results, or null
     * @param record id of the task that keeps its record and conclusion, or null
     * @param councilStanding organisation id of the commune People's Council, or null
     * @param frontCommittee organisation id of the commune Fatherland Front committee, or null
     * @param partyCommittee organisation id of the commune Party committee, or null
     * @throws IllegalArgumentException if an id is blank or malformed
     */
    public GrassrootsDialogue {
        announcement = Ids.optional(announcement, "announcement");
        results = Ids.optional(results, "results");
        record = Ids.optional(record, "record");
        councilStanding = Ids.optional(councilStanding, "councilStanding");
        frontCommittee = Ids.optional(frontCommittee, "frontCommittee");
        partyCommittee = Ids.optional(partyCommittee, "partyCommittee");
    }
}
