/**
 * JMH benchmarks of the library, each workload beside the raw library underneath it in the same
 * run, and the reporter that turns JMH's JSON result into the table of {@code BENCHMARKS.md}.
 */
@NullMarked
package vn.dialogue.benchmarks;

import org.jspecify.annotations.NullMarked;
