/**
 * Administrative levels, units and organisations, as data: a registry with levels and parent chains.
 * Nothing here names a province, a level or an agency.
 */
@NullMarked
package vn.dialogue.organisation;

import org.jspecify.annotations.NullMarked;
