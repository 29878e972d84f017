-- Regions covered together: pairs of regions that the same story is about. Cross-border
-- stories (Khunjerab and Xinjiang, Torkham and Khyber Pakhtunkhwa) show up here.
WITH story_regions AS (
    SELECT DISTINCT a.story_id, r.region
    FROM article_regions r
    JOIN articles a USING (article_id)
)
SELECT
    x.region AS region_a,
    y.region AS region_b,
    count(*) AS stories
FROM story_regions x
JOIN story_regions y ON x.story_id = y.story_id AND x.region < y.region
GROUP BY x.region, y.region
ORDER BY stories DESC, region_a, region_b;
