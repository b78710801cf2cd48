-- The event logs of dialogue (vn.dialogue.postgres.PostgresEventStore). Flyway runs this in the store's schema,
-- recording it in dialogue_schema_history, beside any Flyway history of the host's own.

-- One row per log (e.g. 'kon-tum-2024/questions'): its head is the position of its last event. An append locks
-- this row until it commits, so that the appends of one log take their positions, and commit, one after another.
create table dialogue_log (
    log  text   not null,
    head bigint not null default 0,
    constraint dialogue_log_pk primary key (log)
);

-- The events: a position per log from 1 with no gap, the stream the event belongs to at the version it gave it,
-- the other streams it changed (a compilation moves the questions it merges), its type, when it was recorded
-- (to the microsecond, and the nanoseconds below it apart, so that no instant is rounded), its data and its
-- idempotency key.
create table dialogue_event (
    log            text        not null,
    position       bigint      not null,
    stream         text        not null,
    version        bigint      not null,
    other_streams  text[],
    other_versions bigint[],
    type           text        not null,
    recorded       timestamptz not null,
    recorded_nanos smallint    not null default 0,
    data           jsonb       not null,
    key            text,
    constraint dialogue_event_pk primary key (log, position),
    constraint dialogue_event_key unique (log, key),
    constraint dialogue_event_log foreign key (log) references dialogue_log (log),
    constraint dialogue_event_position check (position >= 1),
    constraint dialogue_event_nanos check (recorded_nanos between 0 and 999),
    constraint dialogue_event_other check (cardinality(other_streams) = cardinality(other_versions))
);

-- Each version of each stream, once: the uniqueness of (log, stream, version) is the optimistic lock.
create table dialogue_stream_version (
    log      text   not null,
    stream   text   not null,
    version  bigint not null,
    position bigint not null,
    constraint dialogue_stream_version_pk primary key (log, stream, version),
    constraint dialogue_stream_version_event foreign key (log, position) references dialogue_event (log, position),
    constraint dialogue_stream_version_version check (version >= 1)
);

-- One append in one statement (one round trip, one transaction): lock the log, refuse a key stored before or a
-- stream not at its expected version (nothing written then), else insert the events at the next positions and
-- their stream versions, and move the head. The versions are computed by the caller from the expected ones.
create function dialogue_append(
    p_log               text,
    p_expected_streams  text[],
    p_expected_versions bigint[],
    p_streams           text[],
    p_versions          bigint[],
    p_types             text[],
    p_data              text[],
    p_micros            bigint[],
    p_nanos             smallint[],
    p_keys              text[],
    p_other_events      int[],
    p_other_streams     text[],
    p_other_versions    bigint[])
    returns table (r_outcome text, r_stream text, r_key text, r_expected bigint, r_actual bigint, r_first bigint)
    language plpgsql
    set search_path from current
as $$
declare
    h   bigint;
    dup record;
    st  record;
begin
    select l.head into h from dialogue_log l where l.log = p_log for update;
    if not found then
        insert into dialogue_log (log, head) values (p_log, 0) on conflict do nothing;
        select l.head into h from dialogue_log l where l.log = p_log for update;
    end if;

    select e.key as k, e.stream as s into dup
      from dialogue_event e
     where e.log = p_log and e.key = any (p_keys)
     order by e.position
     limit 1;
    if found then
        return query select 'duplicate'::text, dup.s, dup.k, null::bigint, null::bigint, null::bigint;
        return;
    end if;

    select x.s, x.v, x.a into st
      from (select x0.s, x0.v, x0.o,
                   coalesce((select max(sv.version) from dialogue_stream_version sv
                              where sv.log = p_log and sv.stream = x0.s), 0) as a
              from unnest(p_expected_streams, p_expected_versions) with ordinality as x0 (s, v, o)) x
     where x.a <> x.v
     order by x.o
     limit 1;
    if found then
        return query select 'stale'::text, st.s, null::text, st.v, st.a, null::bigint;
        return;
    end if;

    if cardinality(p_other_events) = 0 then
        -- the common case: each event changes its own stream only
        insert into dialogue_event (log, position, stream, version, type, recorded, recorded_nanos, data, key)
        select p_log, h + e.i, e.s, e.v, e.t, timestamptz 'epoch' + e.m * interval '1 microsecond', e.ns,
               e.d::jsonb, e.k
          from unnest(p_streams, p_versions, p_types, p_data, p_micros, p_nanos, p_keys)
                   with ordinality as e (s, v, t, d, m, ns, k, i);
        insert into dialogue_stream_version (log, stream, version, position)
        select p_log, e.s, e.v, h + e.i from unnest(p_streams, p_versions) with ordinality as e (s, v, i);
    else
        insert into dialogue_event (log, position, stream, version, other_streams, other_versions, type, recorded,
                                    recorded_nanos, data, key)
        select p_log, h + e.i, e.s, e.v, o.ss, o.vs, e.t, timestamptz 'epoch' + e.m * interval '1 microsecond', e.ns,
               e.d::jsonb, e.k
          from unnest(p_streams, p_versions, p_types, p_data, p_micros, p_nanos, p_keys)
                   with ordinality as e (s, v, t, d, m, ns, k, i)
          left join (select x.ev, array_agg(x.s order by x.o) as ss, array_agg(x.v order by x.o) as vs
                       from unnest(p_other_events, p_other_streams, p_other_versions) with ordinality as x (ev, s, v, o)
                      group by x.ev) o on o.ev = e.i;
        insert into dialogue_stream_version (log, stream, version, position)
        select p_log, e.s, e.v, h + e.i from unnest(p_streams, p_versions) with ordinality as e (s, v, i)
        union all
        select p_log, x.s, x.v, h + x.ev from unnest(p_other_events, p_other_streams, p_other_versions) as x (ev, s, v);
    end if;

    update dialogue_log l set head = h + cardinality(p_types) where l.log = p_log;
    return query select 'appended'::text, null::text, null::text, null::bigint, null::bigint, h + 1;
end;
$$;
