package vn.dialogue.examples.cli;

import vn.dialogue.examples.DialogueStores;

/** The logs of a dialogue in a PostgreSQL database, from its JDBC URL. */
final class DatabaseStores {

    private DatabaseStores() {
    }

    static DialogueStores of(String url, String dialogue) {
        throw new IllegalArgumentException("chưa hỗ trợ cơ sở dữ liệu: " + url + " / databases are not supported yet");
    }
}
