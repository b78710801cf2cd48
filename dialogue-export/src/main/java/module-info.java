/** Documents in the national administrative format, rendered from the dialogue domain. */
module vn.dialogue.export {
    requires static org.jspecify;
    requires vn.dialogue.core;
    requires org.slf4j;
}
