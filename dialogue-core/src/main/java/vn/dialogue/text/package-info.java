/** Text handling shared by every package: NFC normalisation and bilingual messages. Imports no other package of the library. */
@NullMarked
package vn.dialogue.text;

import org.jspecify.annotations.NullMarked;
