/** Plan files: YAML and JSON reading and writing, with every problem reported by file, line and field. */
@NullMarked
package vn.dialogue.planfile;

import org.jspecify.annotations.NullMarked;
