-- Office console (com.handover.server.office): browser sessions and public verification links.

-- A signed-in office or admin user in a browser. The session id is kept only as its SHA-256; the CSRF token
-- is per session and is sent back with every form and htmx request.
CREATE TABLE office_sessions (
    id_hash      TEXT PRIMARY KEY,
    username     TEXT NOT NULL REFERENCES users (username),
    csrf_token   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    ended_at     BIGINT
);
CREATE INDEX office_sessions_username ON office_sessions (username);

-- The short code printed on a handover report (and in its QR code) that opens the public verification page.
CREATE TABLE verification_links (
    code          TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL
);
