-- Wire copy or own reporting: per outlet, how many of its articles are wire copies (and
-- from which agencies), and how many of those the dedup folded into a story first run
-- elsewhere (is_canonical = false: the outlet reprinted a story another outlet ran).
SELECT
    coalesce(outlet, source_domain) AS outlet,
    count(*) AS articles,
    count(agency) AS wire_copies,
    CAST(round(100.0 * count(agency) / count(*)) AS INTEGER) AS pct_wire,
    count(*) FILTER (WHERE NOT is_canonical) AS folded_into_other_story,
    coalesce(string_agg(DISTINCT agency, ', ' ORDER BY agency), '') AS agencies
FROM articles
GROUP BY coalesce(outlet, source_domain)
ORDER BY pct_wire DESC, outlet;
