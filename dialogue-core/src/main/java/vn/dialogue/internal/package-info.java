/**
 * What the library's own packages share and hosts need not see: not exported by the module. Here: the plan's
 * vocabulary (topics, agencies, sessions, units) that commands are checked against.
 */
@NullMarked
package vn.dialogue.internal;

import org.jspecify.annotations.NullMarked;
