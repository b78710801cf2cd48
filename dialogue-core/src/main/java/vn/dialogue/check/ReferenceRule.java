package vn.dialogue.check;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.AdministrativeLevel;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Task;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;

/**
 * Every organisation, administrative unit, level and venue the plan names exists; parents sit on a higher level.
 * Codes: {@code ORGANISATION_UNKNOWN}, {@code UNIT_UNKNOWN}, {@code LEVEL_UNKNOWN}, {@code VENUE_UNKNOWN},
 * {@code UNIT_LEVEL_ORDER}, {@code SESSION_UNKNOWN}, {@code TOPIC_UNKNOWN} (an agenda item naming a topic the plan
 * does not have).
 */
final class ReferenceRule implements PlanRule {

    @Override
    public List<Finding> check(Plan plan) {
        Registry r = plan.registry();
        List<Finding> out = new ArrayList<>();
        org(r, plan.identity().issuer(), "identity.issuer", out);
        org(r, plan.identity().parentBody(), "identity.parentBody", out);
        list(r, plan.identity().coIssuers(), "identity.coIssuers", out);
        if (plan.grassroots() != null) {
            org(r, plan.grassroots().councilStanding(), "grassroots.councilStanding", out);
            org(r, plan.grassroots().frontCommittee(), "grassroots.frontCommittee", out);
            org(r, plan.grassroots().partyCommittee(), "grassroots.partyCommittee", out);
        }
        for (int i = 0; i < plan.sessions().size(); i++) {
            venue(plan, plan.sessions().get(i).venue(), "sessions[" + i + "].venue", out);
        }
        for (int i = 0; i < plan.agenda().size(); i++) {
            session(plan, plan.agenda().get(i).session(), "agenda[" + i + "].session", out);
        }
        for (int i = 0; i < plan.attendance().size(); i++) {
            session(plan, plan.attendance().get(i).session(), "attendance[" + i + "].session", out);
        }
        for (int i = 0; i < plan.topics().size(); i++) {
            List<String> agencies = plan.topics().get(i).agencies();
            for (int j = 0; j < agencies.size(); j++) {
                org(r, agencies.get(j), "topics[" + i + "].agencies[" + j + "]", out);
            }
        }
        for (int i = 0; i < plan.agenda().size(); i++) {
            list(r, plan.agenda().get(i).agencies(), "agenda[" + i + "].agencies", out);
            if (plan.agenda().get(i).carriedOver() != null) {
                org(r, plan.agenda().get(i).carriedOver().agency(), "agenda[" + i + "].carriedOver.agency", out);
            }
            String topic = plan.agenda().get(i).topic();
            if (topic != null && plan.topic(topic).isEmpty()) {
                out.add(Finding.error("TOPIC_UNKNOWN", "agenda[" + i + "].topic",
                        "Mục chương trình '" + plan.agenda().get(i).id() + "' nêu chủ đề '" + topic
                                + "', kế hoạch không có chủ đề này.",
                        "Agenda item '" + plan.agenda().get(i).id() + "' names topic '" + topic
                                + "', which the plan does not have."));
            }
        }
        for (int i = 0; i < plan.venues().size(); i++) {
            unit(r, plan.venues().get(i).unit(), "venues[" + i + "].unit", out);
        }
        if (plan.format() != null) {
            venue(plan, plan.format().mainVenue(), "format.mainVenue", out);
            for (int i = 0; i < plan.format().bridgePoints().size(); i++) {
                venue(plan, plan.format().bridgePoints().get(i).venue(), "format.bridgePoints[" + i + "].venue", out);
                unit(r, plan.format().bridgePoints().get(i).unit(), "format.bridgePoints[" + i + "].unit", out);
            }
            var rule = plan.format().bridgePointRule();
            if (rule != null) {
                if (r.level(rule.level()).isEmpty()) {
                    out.add(Finding.error("LEVEL_UNKNOWN", "format.bridgePointRule.level",
                            "Cấp hành chính '" + rule.level() + "' không có trong danh mục cấp.",
                            "Administrative level '" + rule.level() + "' is not in the registry."));
                }
                unit(r, rule.within(), "format.bridgePointRule.within", out);
                for (int i = 0; i < rule.except().size(); i++) {
                    unit(r, rule.except().get(i), "format.bridgePointRule.except[" + i + "]", out);
                }
            }
        }
        for (int a = 0; a < plan.attendance().size(); a++) {
            VenueAttendance at = plan.attendance().get(a);
            String ap = "attendance[" + a + "]";
            venue(plan, at.venue(), ap + ".venue", out);
            for (int g = 0; g < at.groups().size(); g++) {
                DelegateGroup group = at.groups().get(g);
                String gp = ap + ".groups[" + g + "]";
                org(r, group.invitedBy(), gp + ".invitedBy", out);
                for (int m = 0; m < group.members().size(); m++) {
                    GroupMember member = group.members().get(m);
                    for (int o = 0; o < member.organisations().size(); o++) {
                        org(r, member.organisations().get(o), gp + ".members[" + m + "].organisations[" + o + "]", out);
                    }
                }
            }
        }
        for (int i = 0; i < plan.funding().size(); i++) {
            org(r, plan.funding().get(i).responsible(), "funding[" + i + "].responsible", out);
        }
        List<ImplementationPart> parts = plan.implementation().parts();
        for (int p = 0; p < parts.size(); p++) {
            for (int a = 0; a < parts.get(p).assignments().size(); a++) {
                Assignment as = parts.get(p).assignments().get(a);
                String asp = "implementation.parts[" + p + "].assignments[" + a + "]";
                list(r, as.owners(), asp + ".owners", out);
                for (int t = 0; t < as.tasks().size(); t++) {
                    Task task = as.tasks().get(t);
                    list(r, task.owners(), asp + ".tasks[" + t + "].owners", out);
                    list(r, task.coordinators(), asp + ".tasks[" + t + "].coordinators", out);
                }
            }
        }
        recipients(r, plan.recipients(), "recipients", out);
        registry(r, out);
        return out;
    }

    private static void registry(Registry r, List<Finding> out) {
        for (int i = 0; i < r.units().size(); i++) {
            AdministrativeUnit u = r.units().get(i);
            String path = "registry.units[" + i + "]";
            if (r.level(u.level()).isEmpty()) {
                out.add(Finding.error("LEVEL_UNKNOWN", path + ".level",
                        "Cấp hành chính '" + u.level() + "' không có trong danh mục cấp.",
                        "Administrative level '" + u.level() + "' is not in the registry."));
            }
            if (u.parent() != null) {
                unit(r, u.parent(), path + ".parent", out);
                AdministrativeUnit parent = r.unit(u.parent()).orElse(null);
                AdministrativeLevel own = r.level(u.level()).orElse(null);
                AdministrativeLevel above = parent == null ? null : r.level(parent.level()).orElse(null);
                if (own != null && above != null && above.rank() >= own.rank()) {
                    out.add(Finding.warning("UNIT_LEVEL_ORDER", path + ".parent",
                            u.name() + " (" + own.name() + ") thuộc " + parent.name() + " (" + above.name()
                                    + ") không ở cấp cao hơn.",
                            u.name() + " (" + own.name() + ") belongs to " + parent.name() + " (" + above.name()
                                    + "), which is not a higher level."));
                }
            }
        }
        for (int i = 0; i < r.organisations().size(); i++) {
            Organisation o = r.organisations().get(i);
            unit(r, o.unit(), "registry.organisations[" + i + "].unit", out);
            org(r, o.parent(), "registry.organisations[" + i + "].parent", out);
        }
    }

    private static void recipients(Registry r, List<Recipient> list, String path, List<Finding> out) {
        for (int i = 0; i < list.size(); i++) {
            org(r, list.get(i).organisation(), path + "[" + i + "].organisation", out);
            recipients(r, list.get(i).children(), path + "[" + i + "].children", out);
        }
    }

    private static void list(Registry r, List<String> ids, String path, List<Finding> out) {
        for (int i = 0; i < ids.size(); i++) {
            org(r, ids.get(i), path + "[" + i + "]", out);
        }
    }

    private static void org(Registry r, @Nullable String id, String path, List<Finding> out) {
        if (id != null && !r.hasOrganisation(id)) {
            out.add(Finding.error("ORGANISATION_UNKNOWN", path,
                    "Cơ quan, tổ chức '" + id + "' không có trong danh mục.",
                    "Organisation '" + id + "' is not in the registry."));
        }
    }

    private static void unit(Registry r, @Nullable String id, String path, List<Finding> out) {
        if (id != null && !r.hasUnit(id)) {
            out.add(Finding.error("UNIT_UNKNOWN", path,
                    "Đơn vị hành chính '" + id + "' không có trong danh mục.",
                    "Administrative unit '" + id + "' is not in the registry."));
        }
    }

    private static void venue(Plan plan, @Nullable String id, String path, List<Finding> out) {
        if (id != null && plan.venue(id).isEmpty()) {
            out.add(Finding.error("VENUE_UNKNOWN", path,
                    "Địa điểm '" + id + "' không có trong danh sách địa điểm của kế hoạch.",
                    "Venue '" + id + "' is not among the plan's venues."));
        }
    }

    private static void session(Plan plan, @Nullable String id, String path, List<Finding> out) {
        if (id != null && plan.session(id).isEmpty()) {
            out.add(Finding.error("SESSION_UNKNOWN", path,
                    "Buổi '" + id + "' không có trong danh sách các buổi (sessions) của kế hoạch.",
                    "Session '" + id + "' is not among the plan's sessions."));
        }
    }

    static String venueName(Plan plan, String id) {
        return plan.venue(id).map(Venue::name).orElse(id);
    }
}
