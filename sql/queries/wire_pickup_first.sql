-- Which outlets pick up wire copies (IANS, ANI, APP, PTI, ...) first?
-- For every story that ran in more than one outlet and came from a wire agency: how often
-- each outlet was the first to run it, and how long it took on average after the first.
SELECT
    o.outlet,
    count(*) AS wire_stories,
    count(*) FILTER (WHERE o.pickup_order = 1) AS times_first,
    round(avg(epoch(o.lag)) / 3600, 1) AS avg_hours_after_first,
    string_agg(DISTINCT o.agency, ', ' ORDER BY o.agency) AS agencies
FROM story_outlets o
JOIN stories s USING (story_id)
WHERE s.copies > 1
  AND o.story_id IN (SELECT story_id FROM articles WHERE agency IS NOT NULL)
GROUP BY o.outlet
ORDER BY times_first DESC, avg_hours_after_first, o.outlet;
