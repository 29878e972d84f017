-- newsmon alerts: when each rule and channel first ran, so a new rule does not flood.
-- The outbox itself is `alerts` (0001): one row per (story, rule, channel), pending ->
-- sent, or failed with attempts, last_error and next_attempt_at for the retry.

CREATE TABLE alert_rules (
    rule           VARCHAR NOT NULL,                -- the rule's name in the rules file
    channel        VARCHAR NOT NULL,                -- as in alerts.channel: secrets redacted
    first_run_at   TIMESTAMPTZ NOT NULL,            -- the first run that saw this rule and channel
    last_run_at    TIMESTAMPTZ NOT NULL,
    baseline_runs  VARCHAR[] NOT NULL,              -- runs.run_id already loaded at the first run:
                                                    -- their stories are not alerted unless backfill
    PRIMARY KEY (rule, channel)
);
