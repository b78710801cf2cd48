/** Documents in the national administrative format, rendered from the dialogue domain. */
module vn.dialogue.export {
    requires static org.jspecify;
    requires transitive vn.dialogue.core;
    requires org.slf4j;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.csv;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires java.xml;
    requires org.apache.commons.compress;
    requires org.apache.commons.io;
    requires com.github.librepdf.openpdf;
    requires ical4j.core;
    requires transitive java.desktop;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;

    exports vn.dialogue.export;
    exports vn.dialogue.export.layout;
    exports vn.dialogue.export.chart;
    exports vn.dialogue.export.wording;
    exports vn.dialogue.export.docx;
    exports vn.dialogue.export.pdf;
    exports vn.dialogue.export.html;
    exports vn.dialogue.export.sheet;
    exports vn.dialogue.export.calendar;
    exports vn.dialogue.export.delegates;
    exports vn.dialogue.export.submissions;
}
