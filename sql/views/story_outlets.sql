-- story_outlets: one row per (story, outlet): when that outlet first ran the story.
--   ran_at       : the outlet's earliest copy (published time, else fetched time)
--   pickup_order : 1 for the outlet(s) that ran it first, 2 for the next, ... (ties share)
--   lag          : ran_at minus the story's first ran_at (0 for the first outlet)
--   article_id, url, title : that outlet's earliest copy
--   copies       : how many copies this outlet ran (a re-post under a new URL counts)
--   agency       : the wire agency of that copy, when it is a wire copy
CREATE OR REPLACE VIEW story_outlets AS
WITH per_outlet AS (
    SELECT
        a.story_id,
        coalesce(a.outlet, a.source_domain) AS outlet,
        min(coalesce(a.published_at, a.fetched_at)) AS ran_at,
        arg_min(a.article_id, (coalesce(a.published_at, a.fetched_at), a.article_id)) AS article_id,
        arg_min(a.url, (coalesce(a.published_at, a.fetched_at), a.article_id)) AS url,
        arg_min(a.title, (coalesce(a.published_at, a.fetched_at), a.article_id)) AS title,
        arg_min(a.agency, (coalesce(a.published_at, a.fetched_at), a.article_id)) AS agency,
        count(*) AS copies
    FROM articles a
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id, coalesce(a.outlet, a.source_domain)
)
SELECT
    story_id,
    outlet,
    ran_at,
    rank() OVER (PARTITION BY story_id ORDER BY ran_at) AS pickup_order,
    ran_at - min(ran_at) OVER (PARTITION BY story_id) AS lag,
    article_id,
    url,
    title,
    copies,
    agency
FROM per_outlet;
