-- Every desk change to market rows (an import, a sector-metrics form save, a deletion of bars) is an
-- entry of the import log and keeps, row by row, what was there before: the old values of a row it
-- replaced or deleted (existed = true), or only the key of a row it added (existed = false). That is
-- enough to undo it exactly. Entries made before this migration kept nothing, so undoable is false.
alter table imports add column operation varchar(10) default 'import' not null;
alter table imports add column undoable boolean default false not null;
alter table imports add column rolled_back_at timestamp with time zone;
alter table imports add column rolled_back_by varchar(200);
alter table imports add constraint imports_operation_ck check (operation in ('import', 'form', 'delete'));

create table import_bar_rows (
  import_id bigint not null,
  company_id bigint not null,
  trade_date date not null,
  existed boolean not null,
  open_price numeric(18, 4),
  high_price numeric(18, 4),
  low_price numeric(18, 4),
  close_price numeric(18, 4),
  volume_usd bigint,
  market_cap_usd bigint,
  constraint import_bar_rows_pk primary key (import_id, company_id, trade_date),
  constraint import_bar_rows_import_fk foreign key (import_id) references imports (id),
  constraint import_bar_rows_company_fk foreign key (company_id) references companies (id)
);
-- Finds the later entries that touched the same rows (the rollback guard).
create index import_bar_rows_key_ix on import_bar_rows (company_id, trade_date, import_id);

create table import_metric_rows (
  import_id bigint not null,
  metric_date date not null,
  existed boolean not null,
  btc_price_usd numeric(18, 2),
  hashrate_ehs numeric(12, 2),
  cash_cost_per_btc numeric(18, 2),
  allin_cost_per_btc numeric(18, 2),
  constraint import_metric_rows_pk primary key (import_id, metric_date),
  constraint import_metric_rows_import_fk foreign key (import_id) references imports (id)
);
create index import_metric_rows_key_ix on import_metric_rows (metric_date, import_id);
