-- Coverage trend: stories per day for the two watched regions, side by side, with a
-- running 7-day total (a week smooths out the weekday/weekend rhythm of newsrooms).
-- A wire story reprinted by several outlets counts once. Days without coverage show 0.
WITH days AS (
    SELECT CAST(d AS DATE) AS day
    FROM range(
        (SELECT min(day) FROM coverage_daily)::TIMESTAMP,
        (SELECT max(day) FROM coverage_daily)::TIMESTAMP + INTERVAL 1 DAY,
        INTERVAL 1 DAY
    ) AS t(d)
),
daily AS (
    SELECT
        days.day,
        coalesce(sum(c.stories) FILTER (WHERE c.region = 'balochistan'), 0) AS balochistan,
        coalesce(sum(c.stories) FILTER (WHERE c.region = 'gilgit_baltistan'), 0) AS gilgit_baltistan
    FROM days
    LEFT JOIN coverage_daily c USING (day)
    GROUP BY days.day
)
SELECT
    day,
    balochistan,
    sum(balochistan) OVER last_week AS balochistan_7d,
    gilgit_baltistan,
    sum(gilgit_baltistan) OVER last_week AS gilgit_baltistan_7d
FROM daily
WINDOW last_week AS (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
ORDER BY day;
