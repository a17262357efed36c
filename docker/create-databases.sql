-- One database and owner per service; each service's Flyway migrations create its tables.
CREATE USER catalog WITH PASSWORD 'catalog';
CREATE DATABASE catalog OWNER catalog;
CREATE USER session WITH PASSWORD 'session';
CREATE DATABASE session OWNER session;
CREATE USER progress WITH PASSWORD 'progress';
CREATE DATABASE progress OWNER progress;
CREATE USER notification WITH PASSWORD 'notification';
CREATE DATABASE notification OWNER notification;
