-- Trigram matching for "contains" searches (users_email_trgm_idx); ships with PostgreSQL contrib and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
