/**
 * The Vietnamese calendar: the lunisolar calendar ({@link vn.dialogue.calendar.LunarDate}),
 * working days and public holidays ({@link vn.dialogue.calendar.WorkingCalendar}) built from
 * statutory rules with validity periods plus official yearly notices loaded as data; holiday
 * periods no notice decides yet are provisional ({@link vn.dialogue.calendar.ProvisionalPeriod}).
 *
 * <p>Imports no other package of the library except {@code vn.dialogue.text}.
 */
@NullMarked
package vn.dialogue.calendar;

import org.jspecify.annotations.NullMarked;
