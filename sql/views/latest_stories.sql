-- latest_stories: one row per (region, story), newest first within each region.
--   published_at   : when the story first ran (its earliest copy's published time, else
--                    the time it was first fetched)
--   rank_in_region : 1 for the region's newest story; `WHERE rank_in_region <= 10` gives
--                    each region's ten latest
--   copies, outlets: how many copies were folded into the story, and who ran them
--   regions, topics: every tag any copy of the story carries, sorted
CREATE OR REPLACE VIEW latest_stories AS
WITH story_regions AS (
    SELECT a.story_id, list_sort(list_distinct(list(r.region))) AS regions
    FROM article_regions r
    JOIN articles a USING (article_id)
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id
),
story_topics AS (
    SELECT a.story_id, list_sort(list_distinct(list(t.topic))) AS topics
    FROM article_topics t
    JOIN articles a USING (article_id)
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id
)
SELECT
    region.region,
    rank() OVER (
        PARTITION BY region.region
        ORDER BY coalesce(s.first_published_at, s.first_seen_at) DESC, s.title, s.story_id
    ) AS rank_in_region,
    s.story_id,
    s.title,
    coalesce(s.first_published_at, s.first_seen_at) AS published_at,
    s.first_seen_at,
    s.copies,
    s.outlets,
    sr.regions,
    coalesce(st.topics, []::VARCHAR[]) AS topics
FROM stories s
JOIN story_regions sr USING (story_id)
CROSS JOIN unnest(sr.regions) AS region(region)
LEFT JOIN story_topics st USING (story_id)
ORDER BY region.region, rank_in_region;
