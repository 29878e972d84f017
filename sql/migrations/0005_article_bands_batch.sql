-- Each band row records the load batch that wrote it (increasing from batch to batch), so
-- the band index beside the store file (pipeline/bandindex.py) can tell the rows it holds
-- from the rows written since, and read only those. Rows stored before this migration
-- are batch 0.
ALTER TABLE article_bands ADD COLUMN batch BIGINT DEFAULT 0;
-- Exact copies become band candidates too, through band -1: the first 60 bits of the
-- text hash (pipeline/dedup.py, exact_rows_sql), for every article with a non-empty text.
INSERT INTO article_bands (article_id, band, hash, batch)
SELECT article_id, -1, key, 0 FROM (
    SELECT article_id, TRY_CAST('0x' || left(text_hash, 15) AS BIGINT) AS key FROM articles
    WHERE text_hash <> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
) WHERE key IS NOT NULL;
