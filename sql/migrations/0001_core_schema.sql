-- newsmon core schema: the public relations of DESIGN.md.
-- Users write SQL against these names; renaming a column is a breaking change.

CREATE TABLE feeds (
    feed_id               VARCHAR PRIMARY KEY,      -- stable slug from the feeds file
    url                   VARCHAR NOT NULL,         -- not unique: a renamed feed keeps its URL under a new id
    name                  VARCHAR NOT NULL,
    etag                  VARCHAR,                  -- last ETag the server sent (conditional GET)
    last_modified         VARCHAR,                  -- last Last-Modified the server sent
    body_hash             VARCHAR,                  -- sha256 of the last feed body (fallback for fake ETags)
    last_attempt_at       TIMESTAMPTZ,
    last_ok_at            TIMESTAMPTZ,
    last_status           INTEGER,                  -- HTTP status of the last attempt (NULL: no response)
    last_error            VARCHAR,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    entries_seen          BIGINT NOT NULL DEFAULT 0 CHECK (entries_seen >= 0)
);

CREATE TABLE runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    status       VARCHAR NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    counts       JSON,                              -- {"feeds": n, "entries": n, "articles_new": n, ...}
    errors       JSON                               -- [{"stage": ..., "url": ..., "error": ...}, ...]
);

CREATE TABLE articles (
    article_id      BIGINT PRIMARY KEY,             -- 63-bit hash of canonical_url
    url             VARCHAR NOT NULL,               -- the URL the feed gave
    canonical_url   VARCHAR NOT NULL UNIQUE,        -- one article per canonical URL, never stored twice
    source_domain   VARCHAR NOT NULL,
    outlet          VARCHAR,                        -- human name of the outlet (og:site_name or feed name)
    feed_id         VARCHAR,                        -- the feed it was found in (feeds.feed_id)
    title           VARCHAR,
    text            VARCHAR NOT NULL,               -- clean body text, paragraphs separated by newlines
    description     VARCHAR,
    author          VARCHAR,
    published_at    TIMESTAMPTZ,                    -- UTC
    fetched_at      TIMESTAMPTZ NOT NULL,
    language        VARCHAR,
    agency          VARCHAR,                        -- wire agency when the article is a wire copy
    dateline_place  VARCHAR,
    text_hash       VARCHAR NOT NULL,               -- sha256 of the normalized text: exact copies share it
    story_id        BIGINT,                         -- see stories; assigned by the load step
    is_canonical    BOOLEAN NOT NULL DEFAULT FALSE, -- this article is its story's canonical copy
    run_id          VARCHAR NOT NULL
);

CREATE TABLE stories (
    story_id              BIGINT PRIMARY KEY,       -- smallest article_id of the story: independent of arrival order
    canonical_article_id  BIGINT NOT NULL,
    title                 VARCHAR,
    first_seen_at         TIMESTAMPTZ NOT NULL,     -- earliest fetched_at of any copy
    first_published_at    TIMESTAMPTZ,
    copies                INTEGER NOT NULL CHECK (copies >= 1),
    outlets               VARCHAR[] NOT NULL        -- distinct outlets that ran it, sorted
);

CREATE TABLE article_regions (
    article_id  BIGINT NOT NULL REFERENCES articles (article_id),
    region      VARCHAR NOT NULL,
    score       DOUBLE NOT NULL,
    evidence    JSON NOT NULL,                      -- why: matched terms, where, snippets
    PRIMARY KEY (article_id, region)
);

CREATE TABLE article_topics (
    article_id  BIGINT NOT NULL REFERENCES articles (article_id),
    topic       VARCHAR NOT NULL,
    score       DOUBLE NOT NULL,
    evidence    JSON NOT NULL,
    PRIMARY KEY (article_id, topic)
);

CREATE TABLE alerts (
    alert_id         VARCHAR PRIMARY KEY,           -- idempotency key: hash of (story_id, rule, channel)
    story_id         BIGINT NOT NULL,
    rule             VARCHAR NOT NULL,
    channel          VARCHAR NOT NULL,              -- the channel with secrets redacted
    status           VARCHAR NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       VARCHAR,
    created_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    next_attempt_at  TIMESTAMPTZ,
    UNIQUE (story_id, rule, channel)
);

-- No secondary indexes on articles: DuckDB turns an UPDATE of an indexed column into
-- delete+insert, which its foreign keys reject; its joins are hash joins and need none.
