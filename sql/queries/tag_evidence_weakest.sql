-- Region tags to review: the weakest-scored tags of the watched regions, with the terms
-- that earned them and where they were found (title, lead, body, dateline). A low score
-- resting on one term in the body is the likeliest false positive.
SELECT
    r.region,
    round(r.score, 1) AS score,
    a.title,
    string_agg(DISTINCT (e->>'term') || ' (' || (e->>'where') || ')', ', '
               ORDER BY (e->>'term') || ' (' || (e->>'where') || ')') AS evidence
FROM article_regions r
JOIN articles a USING (article_id),
     unnest(CAST(r.evidence AS JSON[])) AS t(e)
WHERE r.region IN ('balochistan', 'gilgit_baltistan')
GROUP BY r.region, r.score, a.title, a.article_id
ORDER BY r.score, a.title
LIMIT 5;
