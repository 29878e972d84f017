-- Stories about one topic in one region, newest first: the query analysts re-run with
-- their own values. Run it with parameters:
--   newsmon query --file sql/queries/topic_in_region.sql -p region=balochistan -p topic=mining_minerals
-- param: region=gilgit_baltistan
-- param: topic=cpec_china
SELECT
    strftime(published_at, '%Y-%m-%d') AS published_utc,
    title,
    copies,
    array_to_string(outlets, ', ') AS outlets
FROM latest_stories
WHERE region = :region AND list_contains(topics, :topic)
ORDER BY published_at DESC, title;
