-- Issue 12: a store never erases; writes one by one with their why; a gap-free change log
-- (docs/decisions/0021-closing-not-erasing-and-serialised-writes.md). The SQL H2 2.x and PostgreSQL 14+ share.

-- What became of a fact: 'current' as a data set or an editor gave it; 'closed' when a load or an
-- edit ended it (its document then carries the end date); 'withdrawn' when it is no longer among the
-- registry's facts at all (an undated fact a data set no longer holds), its last document kept.
alter table fact add column state varchar(10) default 'current' not null;
-- The data file the fact was read from, relative to the data directory; `export --format data`
-- writes it back there. Null: written to one file per kind.
alter table fact add column file varchar(500);
create index fact_by_state on fact (state, kind);

-- Why each change was made: the source it cites, a comment (for a closing by a load: "not in …"),
-- the fact's version after it, and the change it reverts, if it is a revert.
alter table change_log add column source_id varchar(300);
alter table change_log add column comment varchar(4000);
alter table change_log add column version integer;
alter table change_log add column reverts bigint;
create index change_log_by_region on change_log (region_id, seq);

-- The last sequence number given to a change. Every writer locks this one row first, inside its
-- transaction, and numbers its changes from it: writers are serialised on every database (also an
-- H2 file given by URL, which has no home lock), and the log's sequence is gap-free in commit order.
create table change_counter (
    id       integer primary key,
    last_seq bigint not null
);
insert into change_counter (id, last_seq) select 1, coalesce(max(seq), 0) from change_log;

-- What a load closed, withdrew and reopened (a load deletes nothing any more: `deleted` stays 0).
alter table dataset_load add column closed integer default 0 not null;
alter table dataset_load add column withdrawn integer default 0 not null;
alter table dataset_load add column reopened integer default 0 not null;

-- The version each fact's latest change left it at, for changes logged before this migration: the
-- web layer's ETags are read from the latest changes (StoreContents.versions).
update change_log set version = (select f.version from fact f where f.kind = change_log.kind and f.id = change_log.id)
where version is null and action <> 'delete'
  and seq = (select max(c.seq) from change_log c where c.kind = change_log.kind and c.id = change_log.id);
