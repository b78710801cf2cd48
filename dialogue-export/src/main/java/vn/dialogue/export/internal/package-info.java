/**
 * Helpers shared by the renderers: fixed zip timestamps, the embedded fonts and their metrics.
 * Not exported: nothing here is public API.
 */
@NullMarked
package vn.dialogue.export.internal;

import org.jspecify.annotations.NullMarked;
