-- Creates Lotse's database on a PostgreSQL server (team mode), run once by the server's
-- administrator as the superuser:
--
--   sudo -u postgres psql -v password='the service account password' \
--        -f create_lotse_database.sql
--
-- Optional: -v database=lotse -v account=lotse (the defaults) for other names.
--
-- The service account is the only role Lotse's workstations log in with. It may connect
-- to its own database (pg_hba.conf decides from where: see the README), owns the tables there (Lotse updates its schema
-- when a new version starts: that needs CREATE and ALTER), and has no rights on the
-- server: no superuser, no new databases or roles, no replication, no bypassing of row
-- security. The search extension pg_trgm is created here by the superuser, so the
-- account needs no right to install extensions.
--
-- The database sorts text by code point (C.UTF-8), exactly as Lotse sorts on a laptop, so
-- lists are in the same order in both modes.

\set ON_ERROR_STOP on
\if :{?database}
\else
  \set database lotse
\endif
\if :{?account}
\else
  \set account lotse
\endif
\if :{?password}
\else
  \echo 'Give the service account a password: psql -v password=... -f create_lotse_database.sql'
  \quit
\endif

CREATE ROLE :"account" LOGIN PASSWORD :'password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT
    CONNECTION LIMIT 50;

CREATE DATABASE :"database" OWNER :"account" ENCODING 'UTF8'
    LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;

-- Nobody else may connect to the club's data or create anything in it.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"account";

\connect :"database"
CREATE EXTENSION IF NOT EXISTS pg_trgm;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"account";

SELECT format('postgresql://%s@<this server>/%s', :'account', :'database')
    AS "Done. Lotse connects with";
