package vn.dialogue.planfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import vn.dialogue.yearly.CarryOvers;
import vn.dialogue.yearly.Remapping;

/**
 * Reads the files that derive next year's plan: a unit mapping ({@link Remapping}) and a list of carried-over
 * commitments ({@link CarryOvers}). Same formats and same error reporting as {@link PlanFiles}. Thread-safe.
 */
public final class YearlyFiles {

    private YearlyFiles() {
    }

    /**
     * Reads a mapping file.
     *
     * @param file the file to read
     * @return the mapping
     * @throws PlanFileException    listing every problem with file, line, column and field path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Remapping readRemapping(Path file) {
        return PlanFiles.read(file, Remapping.class);
    }

    /**
     * Reads a carry-over file.
     *
     * @param file the file to read
     * @return the carry-overs
     * @throws PlanFileException    listing every problem with file, line, column and field path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CarryOvers readCarryOvers(Path file) {
        return PlanFiles.read(file, CarryOvers.class);
    }

    /**
     * Writes a carry-over file, in the format its extension implies.
     *
     * @param file the file to write, replaced if it exists
     * @param carryOvers what is handed to next year
     */
    public static void write(CarryOvers carryOvers, Path file) {
        Objects.requireNonNull(carryOvers, "carryOvers");
        try {
            Files.writeString(file, PlanFiles.writeValue(carryOvers, Format.of(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
