/**
 * Yearly instances: next year's plan derived from this year's, with dates shifted by rule, commitments carried over
 * and the administrative map remapped (the 2025 reform: two levels of local government, merged provinces and
 * departments).
 */
@NullMarked
package vn.dialogue.yearly;

import org.jspecify.annotations.NullMarked;
