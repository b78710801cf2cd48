package vn.dialogue.plan;

/** Which part of the day a session takes ("buổi sáng", "buổi chiều", "cả ngày"). */
public enum PartOfDay {
    /** In the morning: "buổi sáng". */
    MORNING,
    /** In the afternoon: "buổi chiều". */
    AFTERNOON,
    /** The whole day: "cả ngày". */
    WHOLE_DAY,
    /** Not yet decided: "01 buổi". */
    UNSPECIFIED
}
