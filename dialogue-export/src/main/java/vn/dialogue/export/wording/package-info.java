/**
 * The fixed words of documents as data: a Vietnamese default, an English rendering, and layers
 * of overrides per province or per dialogue loaded from YAML files, so wording changes without code.
 */
@NullMarked
package vn.dialogue.export.wording;

import org.jspecify.annotations.NullMarked;
