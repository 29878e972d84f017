-- Near-duplicate candidates: the MinHash LSH band hashes of each article's text
-- (pipeline/dedup.py). Two articles sharing any (band, hash) are candidate copies; the
-- load step verifies candidates on their texts before linking them into one story.
-- Articles too short to shingle have no rows (they match by exact text only).
CREATE TABLE article_bands (
    article_id  BIGINT NOT NULL REFERENCES articles (article_id),
    band        SMALLINT NOT NULL,
    hash        BIGINT NOT NULL,
    PRIMARY KEY (article_id, band)
);
