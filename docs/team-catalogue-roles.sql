-- The two roles of a team price catalogue (docs/team-catalogue.md). Run it as the catalogue's
-- owner, connected to its database with its schema first on the search_path, after the first
-- `resilience pricing list --catalog URL` created the tables:
--     psql "postgresql://owner@host/db" -f docs/team-catalogue-roles.sql
-- It can run again (after a migration added tables): roles are created once, grants renewed.
--
-- resilience_price_reader: estimates, reviews, `pricing list / diff / pull`; nothing else.
-- resilience_price_admin:  also `pricing import / update / activate / rollback / discount /
--                          override / push`.
-- People get a login role that is a member of one of them, e.g.
--     CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE resilience_price_reader;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'resilience_price_reader') THEN
        CREATE ROLE resilience_price_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'resilience_price_admin') THEN
        CREATE ROLE resilience_price_admin NOLOGIN IN ROLE resilience_price_reader;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO resilience_price_reader', current_schema());
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO resilience_price_reader',
                   current_schema());
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                   'TO resilience_price_admin', current_schema());
    -- The identity columns' sequences: a new version, row or activation takes the next id.
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO resilience_price_admin',
                   current_schema());
END
$$;
