/** Documents in the national administrative format, rendered from the dialogue domain. */
module vn.dialogue.export {
    requires static org.jspecify;
    requires vn.dialogue.core;
    requires org.slf4j;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;

    exports vn.dialogue.export.delegates;
}
