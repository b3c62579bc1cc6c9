-- When a company is listed (both ends optional: null means listed before any data, or still listed),
-- and the days a listed company did not trade although the exchange was open (a halt, a delisting
-- day), with the reason. A week is complete when every company listed on each of its scheduled
-- trading days has a bar or such a mark for it.
alter table companies add column listed_from date;
alter table companies add column listed_until date;

create table not_trading_days (
  company_id bigint not null,
  trade_date date not null,
  reason varchar(300) not null,
  marked_at timestamp with time zone not null,
  constraint not_trading_days_pk primary key (company_id, trade_date),
  constraint not_trading_days_company_fk foreign key (company_id) references companies (id)
);
create index not_trading_days_date_ix on not_trading_days (trade_date);
