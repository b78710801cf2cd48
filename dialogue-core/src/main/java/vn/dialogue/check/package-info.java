/**
 * Rule checks over a whole plan: findings with severity, code, path and a bilingual message; never an exception
 * for an incomplete draft. Hosts add rules through {@link vn.dialogue.check.PlanRule}.
 */
@NullMarked
package vn.dialogue.check;

import org.jspecify.annotations.NullMarked;
