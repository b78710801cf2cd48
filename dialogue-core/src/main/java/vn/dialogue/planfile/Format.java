package vn.dialogue.planfile;

import java.nio.file.Path;
import java.util.Locale;

/** The two file formats of a plan: YAML (what officials edit) and JSON (what systems exchange). */
public enum Format {
    /** YAML 1.2, what officials edit: {@code .yaml}, {@code .yml}. */
    YAML,
    /** JSON, what systems exchange: {@code .json}. */
    JSON;

    /**
     * The format a file name implies: {@code .json} is JSON, anything else YAML.
     *
     * @param file a plan file's path
     * @return the format a file name implies: {@code .json} is JSON, anything else YAML
     */
    public static Format of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : YAML;
    }
}
