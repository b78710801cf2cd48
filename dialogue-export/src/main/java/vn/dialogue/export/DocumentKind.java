package vn.dialogue.export;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents a {@link DocumentSet} writes, each with its file name (without extension, or with it for files of
 * one fixed format) and its {@link Audience}: the classification that says which documents may carry askers'
 * personal data.
 *
 * <table>
 *   <caption>Audience of each document, and why</caption>
 *   <tr><th>document</th><th>audience</th><th>why</th></tr>
 *   <tr><td>plan, programme</td><td>public</td><td>administrative documents, published; no asker in them</td></tr>
 *   <tr><td>invitations</td><td>internal</td><td>letters to the invited organisations; no asker in them</td></tr>
 *   <tr><td>calendar (ICS)</td><td>public</td><td>shared with subscribers; its to-dos quote questions, struck
 *       of non-consenting askers' identity</td></tr>
 *   <tr><td>attendance workbook</td><td>internal</td><td>delegates' contacts</td></tr>
 *   <tr><td>seating chart, name cards</td><td>public</td><td>shown in the hall; delegates only, no asker</td></tr>
 *   <tr><td>compiled submissions report</td><td>public</td><td>a report sent to many bodies and often published:
 *       wordings struck of non-consenting askers' identity, askers counted by unit, never named</td></tr>
 *   <tr><td>compiled submissions workbook</td><td>internal</td><td>every submission with its asker's name,
 *       organisation, unit, contact and consent: the office's working list</td></tr>
 *   <tr><td>routing letters</td><td>internal</td><td>letters to the answering agencies</td></tr>
 *   <tr><td>run-of-show script</td><td>public</td><td>read aloud in the hall and to the bridge points: wordings
 *       struck as in the report</td></tr>
 *   <tr><td>notices to askers</td><td>internal</td><td>each addressed to its asker, by name</td></tr>
 *   <tr><td>answer letters</td><td>internal</td><td>each addressed to its asker, by name</td></tr>
 *   <tr><td>conclusion notice</td><td>public</td><td>the chair's conclusions, published: free text struck</td></tr>
 *   <tr><td>results report</td><td>internal</td><td>a working report to the People's Committee: figures by
 *       unit, topic and agency, no asker named</td></tr>
 *   <tr><td>questions and answers page</td><td>public</td><td>the portal page: consenting askers named, the others
 *       counted</td></tr>
 * </table>
 */
public enum DocumentKind {
    /** The plan ({@code ke-hoach}). */
    PLAN("ke-hoach", Audience.PUBLIC),
    /** The programme ({@code chuong-trinh}). */
    PROGRAMME("chuong-trinh", Audience.PUBLIC),
    /** The invitations, merged ({@code giay-moi}). */
    INVITATIONS("giay-moi", Audience.INTERNAL),
    /** The plan's calendar ({@code lich.ics}). */
    CALENDAR("lich.ics", Audience.PUBLIC),
    /** The attendance workbook ({@code danh-sach-dai-bieu.xlsx}). */
    ATTENDANCE("danh-sach-dai-bieu.xlsx", Audience.INTERNAL),
    /** The seating chart ({@code so-do-cho-ngoi}). */
    SEATING_CHART("so-do-cho-ngoi", Audience.PUBLIC),
    /** The name cards ({@code bang-ten}). */
    NAME_CARDS("bang-ten", Audience.PUBLIC),
    /** The compiled submissions report ({@code tong-hop-y-kien}). */
    COMPILED_REPORT("tong-hop-y-kien", Audience.PUBLIC),
    /** The compiled submissions workbook ({@code tong-hop-y-kien.xlsx}), with the askers. */
    COMPILED_WORKBOOK("tong-hop-y-kien.xlsx", Audience.INTERNAL),
    /** The routing letters, all of them ({@code cong-van-chuyen-y-kien}) and one per agency
     * ({@code cong-van-<agency>}). */
    ROUTING_LETTERS("cong-van-", Audience.INTERNAL),
    /** The run-of-show script ({@code kich-ban-dieu-hanh}). */
    RUN_OF_SHOW("kich-ban-dieu-hanh", Audience.PUBLIC),
    /** The notices to askers of deferred questions ({@code thong-bao-nguoi-hoi}). */
    ASKER_NOTICES("thong-bao-nguoi-hoi", Audience.INTERNAL),
    /** The lead agencies' letters answering the askers of questions answered in writing ({@code tra-loi-nguoi-hoi}). */
    ANSWER_LETTERS("tra-loi-nguoi-hoi", Audience.INTERNAL),
    /** The chair's conclusion notice ({@code thong-bao-ket-luan}). */
    CONCLUSION_NOTICE("thong-bao-ket-luan", Audience.PUBLIC),
    /** The public questions and answers page ({@code hoi-dap}). */
    PUBLIC_ANSWERS("hoi-dap", Audience.PUBLIC),
    /** The report on the dialogue's results to the People's Committee ({@code bao-cao-ket-qua}). */
    RESULTS_REPORT("bao-cao-ket-qua", Audience.INTERNAL);

    private final String fileName;
    private final Audience audience;

    DocumentKind(String fileName, Audience audience) {
        this.fileName = fileName;
        this.audience = audience;
    }

    /**
     * The file name: without extension for documents written in each requested format, with it for files of one
     * format; for {@link #ROUTING_LETTERS}, the prefix of every letter's name.
     *
     * @return the file name: without extension for documents written in each requested format, with it for files of one
     *         format; for {@link #ROUTING_LETTERS}, the prefix of every letter's name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Who may read it.
     *
     * @return who may read it
     */
    public Audience audience() {
        return audience;
    }

    /**
     * The kind of a file a {@link DocumentSet} wrote, from its name ({@code hoi-dap.html}, {@code cong-van-so-yte.pdf}).
     *
     * @param name a file name, with its extension, e.g. {@code hoi-dap.html}
     * @return empty if no document of the set has that name
     */
    public static Optional<DocumentKind> ofFile(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            if (kind.fileName.contains(".") && lower.equals(kind.fileName)) {
                return Optional.of(kind);
            }
        }
        int dot = lower.lastIndexOf('.');
        String base = dot < 0 ? lower : lower.substring(0, dot);
        for (DocumentKind kind : values()) {
            if (!kind.fileName.contains(".") && (base.equals(kind.fileName)
                    || kind == ROUTING_LETTERS && base.startsWith(kind.fileName))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
