-- coverage_daily: one row per (region, day): how many stories and articles touched it.
--   stories  : distinct stories with a copy tagged with the region that day (a wire story
--              reprinted by five outlets counts once; a story whose copies ran on two days
--              counts on both days)
--   articles : every tagged copy, syndicated reprints included
--   outlets  : distinct outlets that ran one of those articles
-- The day is the UTC date the article was published, or fetched when the page gave no date.
CREATE OR REPLACE VIEW coverage_daily AS
SELECT
    r.region,
    CAST(timezone('UTC', coalesce(a.published_at, a.fetched_at)) AS DATE) AS day,
    count(DISTINCT a.story_id) AS stories,
    count(*) AS articles,
    count(DISTINCT coalesce(a.outlet, a.source_domain)) AS outlets
FROM article_regions r
JOIN articles a USING (article_id)
GROUP BY r.region, day;
