-- The DuckDB peer of the enrichment job: UEI, then DUNS, then a blocked Jaro-Winkler name join.
-- Placeholders in braces are filled from MatchingSettings, so both engines use the same thresholds.

-- One preferred row per identifier, as RecipientOrder picks it: newest update_date, then file, then record.
CREATE TABLE uei_best AS
    SELECT DISTINCT ON (uei) uei, rec FROM recipients WHERE uei IS NOT NULL
    ORDER BY uei, update_date DESC NULLS LAST, source_file, source_record;

CREATE TABLE duns_best AS
    SELECT DISTINCT ON (duns) duns, rec FROM recipients WHERE duns IS NOT NULL
    ORDER BY duns, update_date DESC NULLS LAST, source_file, source_record;

CREATE TABLE identified AS
    SELECT a.award,
           coalesce(u.rec, d.rec) AS rec,
           CASE WHEN u.rec IS NOT NULL THEN 'uei-exact' ELSE 'duns-exact' END AS method
    FROM awards a
    LEFT JOIN uei_best u ON a.uei = u.uei
    LEFT JOIN duns_best d ON a.duns = d.duns
    WHERE u.rec IS NOT NULL OR d.rec IS NOT NULL;

-- A block holding more recipients than maxPostingSize is "too common", as in the job's index.
CREATE TABLE usable_blocks AS
    SELECT block FROM recipient_blocks GROUP BY block HAVING count(*) <= {maxPostingSize};

-- Every (award, recipient) pair sharing a usable block, for awards no identifier matched.
CREATE TABLE scored AS
    SELECT p.award, p.rec,
           jaro_winkler_similarity(a.name, r.name) AS score,
           coalesce(r.uei, r.duns, CAST(r.rec AS VARCHAR)) AS entity,
           coalesce((a.uei IS NOT NULL AND r.uei IS NOT NULL AND a.uei <> r.uei)
                    OR (a.duns IS NOT NULL AND r.duns IS NOT NULL AND a.duns <> r.duns), false) AS vetoed
    FROM (SELECT DISTINCT ab.award, rb.rec
          FROM award_blocks ab
          JOIN usable_blocks USING (block)
          JOIN recipient_blocks rb USING (block)
          WHERE NOT EXISTS (SELECT 1 FROM identified i WHERE i.award = ab.award)) p
    JOIN awards a ON a.award = p.award
    JOIN recipients r ON r.rec = p.rec;

-- Best pair per award; auto-accept needs the threshold, no identifier veto and a margin over the
-- best different entity (rows of one entity are duplicates, not rivals).
CREATE TABLE fuzzy AS
    WITH ranked AS (
        SELECT *, row_number() OVER (PARTITION BY award ORDER BY score DESC, rec) AS rn FROM scored),
    best AS (SELECT * FROM ranked WHERE rn = 1),
    runner_up AS (
        SELECT b.award, max(s.score) AS score
        FROM best b JOIN scored s ON s.award = b.award AND s.entity <> b.entity
        GROUP BY b.award)
    SELECT b.award, b.rec, b.score, b.vetoed,
           CASE WHEN b.score >= {autoAcceptScore} AND NOT b.vetoed
                     AND b.score - coalesce(r.score, 0) >= {autoAcceptMargin} THEN 'name-fuzzy-auto'
                WHEN b.score >= {candidateScore} THEN 'name-fuzzy-candidate'
                ELSE 'unmatched' END AS method
    FROM best b LEFT JOIN runner_up r USING (award);

-- The job's JSON Lines shape, as far as evaluate reads it: match.{method, score, recipient,
-- candidates} and source.{file, record}.
COPY (
    WITH decided AS (
        SELECT a.award, a.file, a.record,
               coalesce(i.method, f.method, 'unmatched') AS method,
               CASE WHEN i.rec IS NOT NULL THEN 1.0 ELSE coalesce(f.score, 0.0) END AS score,
               coalesce(i.rec, f.rec) AS rec,
               coalesce(f.vetoed, false) AS vetoed
        FROM awards a
        LEFT JOIN identified i USING (award)
        LEFT JOIN fuzzy f USING (award))
    SELECT {'method': d.method,
            'score': round(d.score, 4),
            'recipient': CASE WHEN d.method IN ('uei-exact', 'duns-exact', 'name-fuzzy-auto')
                              THEN {'uei': r.uei, 'duns': r.duns, 'legal_business_name': r.legal_name,
                                    'source_file': r.source_file, 'source_record': r.source_record} END,
            'candidates': CASE WHEN d.method = 'name-fuzzy-candidate'
                               THEN [{'score': round(d.score, 4), 'vetoed': d.vetoed,
                                      'recipient': {'uei': r.uei, 'duns': r.duns, 'legal_business_name': r.legal_name,
                                                    'source_file': r.source_file, 'source_record': r.source_record}}]
                               ELSE [] END} AS match,
           {'file': d.file, 'record': d.record} AS source
    FROM decided d
    LEFT JOIN recipients r ON r.rec = d.rec
    ORDER BY d.award
) TO '{enrichedFile}' (FORMAT JSON);
