-- Topic mix per region per week: how many stories of each topic a region had, and the
-- topic's share of that region's stories that week (a story can carry several topics,
-- so shares can add up to more than 100). Watched regions only; drop the WHERE for all.
WITH story_tags AS (
    SELECT DISTINCT
        a.story_id,
        r.region,
        t.topic,
        CAST(date_trunc('week', coalesce(s.first_published_at, s.first_seen_at)) AS DATE) AS week
    FROM articles a
    JOIN stories s USING (story_id)
    JOIN article_regions r ON r.article_id = a.article_id
    JOIN article_topics t ON t.article_id = a.article_id
    WHERE r.region IN ('balochistan', 'gilgit_baltistan')
),
region_week AS (
    SELECT region, week, count(DISTINCT story_id) AS region_stories
    FROM story_tags
    GROUP BY region, week
)
SELECT
    week,
    region,
    topic,
    count(DISTINCT story_id) AS stories,
    CAST(round(100.0 * count(DISTINCT story_id) / any_value(region_stories)) AS INTEGER) AS pct_of_region
FROM story_tags
JOIN region_week USING (region, week)
GROUP BY week, region, topic
ORDER BY week, region, stories DESC, topic;
