-- Requests per client and fixed one-minute window, shared by every app instance on the database.
create table rate_limit_windows (
  bucket varchar(20) not null,
  client_ip varchar(64) not null,
  window_start timestamp with time zone not null,
  hits integer not null,
  constraint rate_limit_windows_pk primary key (bucket, client_ip, window_start)
);
create index rate_limit_windows_start_ix on rate_limit_windows (window_start);
