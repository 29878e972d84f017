-- Languages per outlet: Urdu and English coverage are tagged by the same taxonomy, so a
-- region's Urdu coverage can be read apart from its English coverage.
SELECT
    coalesce(a.outlet, a.source_domain) AS outlet,
    coalesce(a.language, 'unknown') AS language,
    count(*) AS articles,
    count(DISTINCT r.article_id) AS with_region_tag
FROM articles a
LEFT JOIN (SELECT DISTINCT article_id FROM article_regions) r USING (article_id)
GROUP BY ALL
ORDER BY outlet, articles DESC, language;
