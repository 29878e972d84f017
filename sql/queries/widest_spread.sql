-- Stories that spread widest: the most outlets first, then the most copies, with how
-- long the story took to go from its first outlet to its last.
SELECT
    s.title,
    len(s.outlets) AS outlets,
    s.copies,
    strftime(min(o.ran_at), '%Y-%m-%d %H:%M') AS first_ran_utc,
    round(epoch(max(o.ran_at) - min(o.ran_at)) / 3600, 1) AS spread_hours,
    string_agg(o.outlet, ' → ' ORDER BY o.ran_at, o.outlet) AS path
FROM stories s
JOIN story_outlets o USING (story_id)
GROUP BY s.story_id, s.title, s.outlets, s.copies
ORDER BY outlets DESC, s.copies DESC, min(o.ran_at) DESC, s.title
LIMIT 5;
