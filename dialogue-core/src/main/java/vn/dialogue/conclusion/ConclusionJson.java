package vn.dialogue.conclusion;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.lifecycle.EventCodec;

/**
 * The stored JSON of the conclusions' events, by Jackson data binding, each type named once (the names the
 * journals of dialogue 0.1 used).
 */
final class ConclusionJson {

    static final JsonMapper MAPPER = JournalCodec.strictJsonMapper().build();

    static final EventCodec<ConclusionEvent> EVENTS = EventCodec.of(MAPPER, types());

    private ConclusionJson() {
    }

    private static Map<String, Class<? extends ConclusionEvent>> types() {
        Map<String, Class<? extends ConclusionEvent>> types = new LinkedHashMap<>();
        types.put("conclusions-recorded", ConclusionEvent.ConclusionsRecorded.class);
        types.put("task-assigned", ConclusionEvent.TaskAssigned.class);
        types.put("task-reported", ConclusionEvent.TaskReported.class);
        return types;
    }
}
