-- The check of a write-up's text against the data, as stored at its last save. It holds while the
-- text (text_hash, which covers the week too) and the figures of the week (data_fingerprint) are
-- unchanged; acknowledged_by names the editor who published over its mismatches.

create table writeup_checks (
  writeup_id bigint primary key,
  text_hash varchar(64) not null,
  week_end date,
  data_fingerprint varchar(64) not null,
  error_count integer not null,
  mismatch_count integer not null,
  checked_at timestamp with time zone not null,
  acknowledged_by varchar(200),
  constraint writeup_checks_writeup_fk foreign key (writeup_id) references writeups (id)
);
create index writeup_checks_flagged_ix on writeup_checks (mismatch_count, checked_at);

create table writeup_check_findings (
  writeup_id bigint not null,
  seq integer not null,
  kind varchar(10) not null,
  line_no integer not null,
  message varchar(1000) not null,
  excerpt varchar(400) not null,
  constraint writeup_check_findings_pk primary key (writeup_id, seq),
  constraint writeup_check_findings_check_fk foreign key (writeup_id) references writeup_checks (writeup_id),
  constraint writeup_check_findings_kind_ck check (kind in ('error', 'mismatch'))
);
