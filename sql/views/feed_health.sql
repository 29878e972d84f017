-- feed_health: one row per configured feed: is it answering, and is it still publishing?
--   health : 'never_polled'  no attempt recorded yet
--            'failing'       3 or more failed polls in a row (one or two are often a
--                            passing server hiccup; three in a row, at a daily schedule,
--                            is a feed someone should look at)
--            'erroring'      the last poll failed
--            'silent'        it answers, but lists nothing, or its newest article was fetched
--                            more than 7 days before its last good poll (a week covers weekly
--                            columns and holidays; longer usually means the feed went stale)
--            'ok'
--   articles, newest_article_at, newest_published_at : what the store holds from the feed
CREATE OR REPLACE VIEW feed_health AS
WITH per_feed AS (
    SELECT
        a.feed_id,
        count(*) AS articles,
        max(a.fetched_at) AS newest_article_at,
        max(a.published_at) AS newest_published_at
    FROM articles a
    GROUP BY a.feed_id
)
SELECT
    f.feed_id,
    f.name,
    f.url,
    CASE
        WHEN f.last_attempt_at IS NULL THEN 'never_polled'
        WHEN f.consecutive_failures >= 3 THEN 'failing'
        WHEN f.consecutive_failures > 0 THEN 'erroring'
        WHEN p.newest_article_at IS NULL AND f.entries_seen = 0 THEN 'silent'
        WHEN p.newest_article_at < f.last_ok_at - INTERVAL 7 DAY THEN 'silent'
        ELSE 'ok'
    END AS health,
    f.last_attempt_at,
    f.last_ok_at,
    f.last_status,
    f.consecutive_failures,
    f.last_error,
    f.entries_seen,
    coalesce(p.articles, 0) AS articles,
    p.newest_article_at,
    p.newest_published_at
FROM feeds f
LEFT JOIN per_feed p USING (feed_id);
