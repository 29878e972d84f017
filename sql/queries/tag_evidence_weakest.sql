-- Region tags to review: the weakest-scored tags of the watched regions, with the terms
-- that earned them and where they were found (title, lead, body, dateline), and the
-- region model's strongest context cues ("in [place] said"; where = model). The score is
-- the model's probability (the rules' salience with `region_model: null`): the lowest are
-- the likeliest false positives.
SELECT
    r.region,
    round(r.score, 3) AS score,
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
