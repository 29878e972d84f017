-- Feeds that went silent: for each feed, its newest article's publication time and how
-- many days that lies behind the newest article in the whole store. Measured against the
-- store, not the clock, so a store that is itself not refreshed does not flag every feed.
-- A feed 3 or more days behind the others is flagged: daily outlets publish every day,
-- and 3 days covers a long weekend.
WITH newest AS (SELECT max(published_at) AS store_newest FROM articles)
SELECT
    h.feed_id,
    h.health,
    h.articles,
    strftime(h.newest_published_at, '%Y-%m-%d %H:%M') AS newest_article_utc,
    round(epoch(n.store_newest - h.newest_published_at) / 86400, 1) AS days_behind,
    coalesce(h.newest_published_at < n.store_newest - INTERVAL 3 DAY, TRUE) AS silent
FROM feed_health h, newest n
ORDER BY days_behind DESC NULLS FIRST, h.feed_id;
