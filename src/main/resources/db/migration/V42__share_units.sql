-- Units say what they are. Daily bars store the shares traded (data vendors' "volume"); the dollar
-- volume is computed (close x shares). Until now the column held dollars traded, so the stored
-- figures are converted at each bar's own close. Market cap may be left out of a bar: the queries
-- then compute it from the shares outstanding in force that day (close x shares).
update daily_bars set volume_usd = cast(round(volume_usd / close_price, 0) as bigint);
alter table daily_bars rename column volume_usd to volume_shares;
alter table daily_bars alter column market_cap_usd drop not null;

update import_bar_rows set volume_usd = cast(round(volume_usd / close_price, 0) as bigint)
  where existed and volume_usd is not null and close_price is not null;
alter table import_bar_rows rename column volume_usd to volume_shares;

-- Shares outstanding per company from an as-of date until the next figure, with where it was read.
create table shares_outstanding (
  company_id bigint not null,
  as_of date not null,
  shares bigint not null,
  source varchar(300) not null,
  constraint shares_outstanding_pk primary key (company_id, as_of),
  constraint shares_outstanding_company_fk foreign key (company_id) references companies (id),
  constraint shares_outstanding_positive_ck check (shares > 0)
);
