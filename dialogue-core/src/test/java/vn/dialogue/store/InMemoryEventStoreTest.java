package vn.dialogue.store;

class InMemoryEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore openEmpty() {
        return new InMemoryEventStore("test");
    }

    @Override
    protected EventStore reopen() {
        return null;
    }
}
