-- The three latest stories of each watched region, with the outlets that ran them and
-- every topic their copies carry.
SELECT
    region,
    rank_in_region AS "rank",
    strftime(published_at, '%Y-%m-%d %H:%M') AS published_utc,
    title,
    copies,
    array_to_string(topics, ', ') AS topics
FROM latest_stories
WHERE region IN ('balochistan', 'gilgit_baltistan') AND rank_in_region <= 3
ORDER BY region, rank_in_region;
