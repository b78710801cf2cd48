/**
 * The plan (Kế hoạch) of a dialogue programme: identity, legal bases, purposes, theme and topics, format,
 * sessions, attendance, funding, tasks, recipients and signature.
 */
@NullMarked
package vn.dialogue.plan;

import org.jspecify.annotations.NullMarked;
