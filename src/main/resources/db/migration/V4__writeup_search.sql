-- Inverted index for /search: one row per normalised term and write-up, with a weight that
-- favours the title and summary, and the time from which the write-up is public (null while it is
-- a draft or deleted), so that ranking reads this table alone. Filled at save; the same query runs
-- on H2 and PostgreSQL.

create table writeup_terms (
  term varchar(40) not null,
  writeup_id bigint not null,
  weight integer not null,
  public_from timestamp with time zone,
  constraint writeup_terms_pk primary key (term, writeup_id),
  constraint writeup_terms_writeup_fk foreign key (writeup_id) references writeups (id)
);
create index writeup_terms_writeup_ix on writeup_terms (writeup_id);
-- Holds every column the ranking query reads, so PostgreSQL answers it from the index alone.
create index writeup_terms_rank_ix on writeup_terms (term, public_from, writeup_id, weight);
