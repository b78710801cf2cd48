package vn.dialogue.plan;

/** Which part of the day a session takes ("buổi sáng", "buổi chiều", "cả ngày"). */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    WHOLE_DAY,
    /** Not yet decided: "01 buổi". */
    UNSPECIFIED
}
