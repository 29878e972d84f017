-- Who covers which region: stories per outlet and region, and the outlet's share of
-- all stories about that region (a story run by three outlets counts for each of them).
WITH per_outlet AS (
    SELECT
        r.region,
        coalesce(a.outlet, a.source_domain) AS outlet,
        count(DISTINCT a.story_id) AS stories
    FROM article_regions r
    JOIN articles a USING (article_id)
    WHERE r.region IN ('balochistan', 'gilgit_baltistan')
    GROUP BY r.region, coalesce(a.outlet, a.source_domain)
)
SELECT
    p.region,
    p.outlet,
    p.stories,
    CAST(round(100.0 * p.stories / t.total) AS INTEGER) AS pct_of_region_stories
FROM per_outlet p
JOIN (
    SELECT r.region, count(DISTINCT a.story_id) AS total
    FROM article_regions r JOIN articles a USING (article_id)
    GROUP BY r.region
) t USING (region)
ORDER BY p.region, p.stories DESC, p.outlet;
